import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../src/modules/import/importBundle.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { seedDemoGraph } from '../../src/seed/index.js';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

/** Every ```graphql block of the README, in order. */
function readmeExamples(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Lists of results that came back empty, by path: an example must show something. */
function emptyResults(value: unknown, path: string, found: string[] = []): string[] {
  if (value === null || value === undefined) {
    found.push(`${path} is null`);
  } else if (typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if ('totalCount' in record && record.totalCount === 0) found.push(`${path}.totalCount is 0`);
    if ('nodes' in record) {
      const nodes = record.nodes as unknown[];
      if (nodes.length === 0) found.push(`${path}.nodes is empty`);
      nodes.slice(0, 1).forEach((node, i) => emptyResults(node, `${path}.nodes[${i}]`, found));
    }
  }
  return found;
}

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await seedDemoGraph(db.executor, () => undefined);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

describe('the README examples', () => {
  const examples = readmeExamples();

  it('are there, at least five queries', () => {
    expect(examples.filter((example) => !example.trimStart().startsWith('mutation')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples.map((example, index) => [index + 1, example] as const))('example %i runs on the demo graph and finds something', async (_, example) => {
    const result = await api.run<Record<string, unknown>>(example);
    expect(result.errors).toBeUndefined();
    const empty = Object.entries(result.data ?? {}).flatMap(([field, value]) => emptyResults(value, field));
    expect(empty).toEqual([]);
  });
});

describe('the example bundle of the README (data/examples)', () => {
  const expected = { status: 'DRY_RUN', problemCount: 0, records: 10, totals: { created: 12, updated: 0, unchanged: 0 } };

  it('validates against the committed JSON Schema, which refuses a bad record', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/bundle.schema.json', import.meta.url), 'utf8')));
    const example = JSON.parse(readFileSync(new URL('../../data/examples/bundle.json', import.meta.url), 'utf8'));
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...example, partners: [{ id: 'x', name: 'X', helix: 'GOVERNMENT' }] })).toBe(false);
  });

  it('imports in its JSON form and in its CSV form with the same counts (dry run, on the demo graph)', async () => {
    const json = await importBundle(db.executor, openBundle(fileURLToPath(new URL('../../data/examples/bundle.json', import.meta.url))), { dryRun: true });
    const csv = await importBundle(db.executor, openBundle(fileURLToPath(new URL('../../data/examples/bundle-csv', import.meta.url))), { dryRun: true });
    expect(json).toMatchObject(expected);
    expect(csv).toMatchObject(expected);
    expect(csv.nodes).toEqual(json.nodes);
    expect(csv.links).toEqual(json.links);
  });
});
