import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../src/modules/import/importBundle.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { seedDemoGraph } from '../../src/seed/index.js';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

const root = new URL('../../', import.meta.url);

/** Every ```graphql block of README.md and of docs/*.md, in order, with the file and line it starts on. */
function docsExamples(): Array<{ at: string; query: string }> {
  const files = ['README.md', ...readdirSync(new URL('docs/', root)).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];
  return files.flatMap((file) => {
    const text = readFileSync(new URL(file, root), 'utf8');
    return [...text.matchAll(/^```graphql\n([\s\S]*?)^```/gm)].map((match) => ({ at: `${file}:${text.slice(0, match.index).split('\n').length + 1}`, query: match[1]! }));
  });
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

describe('the examples of the README and docs/', () => {
  const examples = docsExamples();

  it("are there: the README's tour and at least 20 in all, most of them queries", () => {
    expect(examples.filter((example) => example.at.startsWith('README.md:')).length).toBeGreaterThanOrEqual(3);
    expect(examples.length).toBeGreaterThanOrEqual(20);
    expect(examples.filter((example) => !example.query.trimStart().startsWith('mutation')).length).toBeGreaterThanOrEqual(18);
  });

  it.each(examples.map((example) => [example.at, example.query] as const))('%s runs on the demo graph and finds something', async (_, example) => {
    const result = await api.run<Record<string, unknown>>(example);
    expect(result.errors).toBeUndefined();
    const empty = Object.entries(result.data ?? {}).flatMap(([field, value]) => emptyResults(value, field));
    expect(empty).toEqual([]);
  });
});

describe('the example bundle of docs/import.md (data/examples)', () => {
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
