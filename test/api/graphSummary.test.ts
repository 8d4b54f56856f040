import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LABELS } from '../../src/model/labels.js';
import { RELATIONS } from '../../src/model/relations.js';
import { seedDemoGraph } from '../../src/seed/index.js';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async () => undefined));
});

afterAll(() => closeApiSuite({ db, api }));

const SUMMARY = `{ graphSummary {
  counts { label kind total fromSources synthetic unsourced }
  articles { ref title nodes }
  relationships
} }`;

interface Summary {
  counts: Array<{ label: string; kind: string | null; total: number; fromSources: number; synthetic: number; unsourced: number }>;
  articles: Array<{ ref: string; title: string; nodes: number }>;
  relationships: number;
}
const summary = async () => (await api.ok<{ graphSummary: Summary }>(SUMMARY)).graphSummary;
const zero = { total: 0, fromSources: 0, synthetic: 0, unsourced: 0 };

/**
 * A graph small enough to count by hand:
 *   Agency a1 [article A]            -> fromSources
 *   Agency a2 [synthetic, article A] -> fromSources (one real source is enough)
 *   Agency a3 [synthetic]            -> synthetic
 *   Agency a4 (no sources)           -> unsourced
 *   Agency a5 (empty lists)          -> unsourced
 *   Theme  t1 [article B, article A] -> fromSources
 *   Region ID [dataset D]            -> fromSources
 *   Program p1 [synthetic, synthetic] -> synthetic
 *   ImportRun (not counted), with an IMPORTED_BY from a1 (not counted)
 * Sources cited: A by a1, a2, t1 (3); B by t1 (1); D by ID (1). Sorted by title: "Alpha", "Beta", "Dataset".
 * Relationships: a1 -PARTICIPATES_IN-> p1, p1 -ADDRESSES-> t1, p1 -COVERS-> ID = 3 (+ IMPORTED_BY, not counted).
 */
describe('graphSummary on a graph counted by hand', () => {
  beforeAll(async () => {
    await db.wipe();
    await db.cypher(`
      CREATE (a1:Agency {id: 'a1', name: 'A1', kind: 'OTHER', level: 'NATIONAL', sourceRefs: ['a.txt'], sourceTitles: ['Alpha']})
      CREATE (:Agency {id: 'a2', name: 'A2', kind: 'OTHER', level: 'NATIONAL', sourceRefs: ['synthetic', 'a.txt'], sourceTitles: ['Generated', 'Alpha']})
      CREATE (:Agency {id: 'a3', name: 'A3', kind: 'OTHER', level: 'NATIONAL', sourceRefs: ['synthetic'], sourceTitles: ['Generated']})
      CREATE (:Agency {id: 'a4', name: 'A4', kind: 'OTHER', level: 'NATIONAL'})
      CREATE (:Agency {id: 'a5', name: 'A5', kind: 'OTHER', level: 'NATIONAL', sourceRefs: [], sourceTitles: []})
      CREATE (t1:Theme {id: 't1', name: 'T1', sourceRefs: ['b.txt', 'a.txt'], sourceTitles: ['Beta', 'Alpha']})
      CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', sourceRefs: ['npm:data'], sourceTitles: ['Dataset']})
      CREATE (p1:Program {id: 'p1', name: 'P1', track: 'OTHER', status: 'ACTIVE', sourceRefs: ['synthetic', 'synthetic'], sourceTitles: ['Generated', 'Generated']})
      CREATE (a1)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p1), (p1)-[:ADDRESSES]->(t1), (p1)-[:COVERS]->(id)
      CREATE (run:ImportRun {id: 'run-1'}), (a1)-[:IMPORTED_BY]->(run)`);
  });

  it('counts every label by kind of source, zeros included, in the model\'s order', async () => {
    const result = await summary();
    expect(result.counts.map((row) => row.label)).toEqual(Object.keys(LABELS));
    const byLabel = Object.fromEntries(result.counts.map(({ label, kind: _kind, ...counts }) => [label, counts]));
    expect(byLabel).toEqual({
      Agency: { total: 5, fromSources: 2, synthetic: 1, unsourced: 2 },
      Mandate: zero, Regulation: zero,
      Program: { total: 1, fromSources: 0, synthetic: 1, unsourced: 0 },
      Theme: { total: 1, fromSources: 1, synthetic: 0, unsourced: 0 },
      Indicator: zero,
      Region: { total: 1, fromSources: 1, synthetic: 0, unsourced: 0 },
      Partner: zero, Forum: zero, Measurement: zero,
    });
    expect(result.counts.find((row) => row.label === 'Agency')!.kind).toBe('AGENCY');
    expect(result.counts.find((row) => row.label === 'Measurement')!.kind).toBeNull();
  });

  it('lists the non-synthetic sources by title with how many nodes cite each, and the model\'s relationships', async () => {
    const result = await summary();
    expect(result.articles).toEqual([
      { ref: 'a.txt', title: 'Alpha', nodes: 3 },
      { ref: 'b.txt', title: 'Beta', nodes: 1 },
      { ref: 'npm:data', title: 'Dataset', nodes: 1 },
    ]);
    expect(result.relationships).toBe(3);
  });

  it('answers an empty graph with zeros, in two statements', async () => {
    await db.wipe();
    const result = await api.run<{ graphSummary: Summary }>(SUMMARY);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(2);
    expect(result.data!.graphSummary.counts.every((row) => row.total === 0)).toBe(true);
    expect(result.data!.graphSummary.articles).toEqual([]);
    expect(result.data!.graphSummary.relationships).toBe(0);
  });
});

describe('graphSummary on the demo graph', () => {
  beforeAll(async () => {
    await db.wipe();
    await seedDemoGraph(db.executor);
  }, 300_000);

  it('agrees with counts taken independently, node by node', async () => {
    const rows = await db.cypher<{ labels: string[]; refs: string[] | null; titles: string[] | null }>(
      'MATCH (n) RETURN labels(n) AS labels, n.sourceRefs AS refs, n.sourceTitles AS titles');
    const expected = Object.fromEntries(Object.keys(LABELS).map((label) => [label, { ...zero }]));
    const cited = new Map<string, Set<number>>();
    rows.forEach((row, i) => {
      const label = row.labels.find((l) => l in LABELS);
      if (!label) return;
      const refs = row.refs ?? [];
      const counts = expected[label]!;
      counts.total += 1;
      if (refs.length === 0) counts.unsourced += 1;
      else if (refs.every((ref) => ref === 'synthetic')) counts.synthetic += 1;
      else counts.fromSources += 1;
      refs.forEach((ref, j) => {
        if (ref === 'synthetic') return;
        const key = JSON.stringify([ref, row.titles?.[j] ?? '']);
        cited.set(key, (cited.get(key) ?? new Set()).add(i));
      });
    });
    const result = await summary();
    expect(Object.fromEntries(result.counts.map(({ label, kind: _kind, ...counts }) => [label, counts]))).toEqual(expected);
    const articles = [...cited].map(([key, nodes]) => { const [ref, title] = JSON.parse(key) as [string, string]; return { ref, title, nodes: nodes.size }; })
      .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0));
    expect(result.articles).toEqual(articles);
    const types = new Set<string>(Object.values(RELATIONS).map((spec) => spec.type));
    const links = await db.cypher<{ type: string; n: number }>('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
    expect(result.relationships).toBe(links.filter((row) => types.has(row.type)).reduce((sum, row) => sum + row.n, 0));
  });

  it('shows what the demo graph is made of', async () => {
    const result = await summary();
    const row = (label: string) => result.counts.find((r) => r.label === label)!;
    // Regions and regional governments cite idn-area-data; indicators and measurements are all generated.
    expect(row('Region')).toMatchObject({ fromSources: row('Region').total, synthetic: 0, unsourced: 0 });
    expect(row('Indicator')).toMatchObject({ fromSources: 0, unsourced: 0 });
    expect(row('Indicator').synthetic).toBeGreaterThan(0);
    expect(result.articles.map((a) => a.ref)).toContain('npm:idn-area-data@3.1.2');
    expect(result.articles.map((a) => a.ref)).not.toContain('synthetic');
    expect(result.articles.every((a) => a.nodes > 0)).toBe(true);
  });
});
