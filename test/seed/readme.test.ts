import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
