import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, type ImportProgress, type ImportReport } from '../../src/modules/import/importBundle.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { SPBE_SOURCE, VALID_BUNDLE, VALID_CSV, VALID_LINK_COUNTS, VALID_NODE_COUNTS, VALID_RECORDS } from './bundles.js';
import { dump, scratch, type Dump } from './helpers.js';

let db: TestDatabase;
const files = scratch('valid');
const dumps = new Map<string, Dump>();

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
});

afterAll(async () => {
  files.cleanup();
  await db.close();
});

const created = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, { created: n, updated: 0, unchanged: 0 }]));

describe.each([
  { format: 'json', path: () => files.json('bundle.json', VALID_BUNDLE), name: 'bundle.json' },
  { format: 'csv', path: () => files.csv('bundle-csv', VALID_CSV), name: 'bundle-csv' },
] as const)('a valid bundle in $format form', ({ format, path, name }) => {
  let report: ImportReport;
  const progress: ImportProgress[] = [];

  beforeAll(async () => {
    await db.wipe();
    report = await importBundle(db.executor, openBundle(path()), { batchSize: 3, onProgress: (p) => progress.push(p) });
    dumps.set(format, await dump(db, { withRuns: false }));
  });

  it('is imported with the right counts per label and relation', () => {
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ status: 'IMPORTED', format, file: name, problemCount: 0, records: VALID_RECORDS });
    expect(report.runId).toMatch(/^[0-9a-f-]{36}$/);
    expect(report.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.nodes).toEqual(created(VALID_NODE_COUNTS));
    expect(report.links).toEqual(created(VALID_LINK_COUNTS));
    const nodes = Object.values(VALID_NODE_COUNTS).reduce((a, b) => a + b);
    const links = Object.values(VALID_LINK_COUNTS).reduce((a, b) => a + b);
    expect(report.totals).toEqual({ created: nodes + links, updated: 0, unchanged: 0 });
  });

  it('reports progress through each phase up to its total', () => {
    const last = (phase: ImportProgress['phase']) => progress.filter((p) => p.phase === phase).at(-1);
    const nodes = Object.values(VALID_NODE_COUNTS).reduce((a, b) => a + b);
    const links = Object.values(VALID_LINK_COUNTS).reduce((a, b) => a + b);
    expect(last('validate')).toEqual({ phase: 'validate', done: VALID_RECORDS });
    expect(last('nodes')).toEqual({ phase: 'nodes', done: nodes, total: nodes });
    expect(last('links')).toEqual({ phase: 'links', done: links, total: links });
    expect(progress.filter((p) => p.phase === 'nodes').length).toBeGreaterThan(2);
  });

  it('leaves the nodes with the properties given, typed', async () => {
    const [agency] = await db.cypher<{ a: Record<string, unknown> }>("MATCH (a:Agency {id: 'kementerian-panrb'}) RETURN properties(a) AS a");
    expect(agency!.a).toEqual({
      id: 'kementerian-panrb', name: 'Kementerian PANRB, Pusat', kind: 'MINISTRY', level: 'NATIONAL', acronym: 'PANRB',
      sourceRefs: [SPBE_SOURCE.ref], sourceTitles: [SPBE_SOURCE.title],
    });
    const [plain] = await db.cypher<{ a: Record<string, unknown> }>("MATCH (a:Agency {id: 'pemkot-bandung'}) RETURN properties(a) AS a");
    expect(plain!.a).toEqual({ id: 'pemkot-bandung', name: 'Pemerintah Kota Bandung', kind: 'CITY_GOVERNMENT', level: 'LOCAL' });

    const [program] = await db.cypher<{ p: Record<string, unknown> }>("MATCH (p:Program {id: 'spbe'}) RETURN properties(p) AS p");
    expect(program!.p).toEqual({ id: 'spbe', name: 'SPBE', track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2020, endYear: 2024 });

    const regions = await db.cypher<{ r: Record<string, unknown> }>('MATCH (r:Region) RETURN properties(r) AS r ORDER BY r.code');
    expect(regions.map((r) => r.r)).toEqual([
      { code: '32', name: 'Jawa Barat', level: 'PROVINCE', outermostIslandCount: 0 },
      { code: '32.73', name: 'Kota Bandung', level: 'REGENCY', isCity: true },
      { code: 'ID', name: 'Indonesia', level: 'COUNTRY' },
    ]);
    // CSV cells must arrive as numbers and booleans, not text (the driver sends JS numbers as floats).
    const [types] = await db.cypher<{ year: string; island: string; city: string }>(
      `MATCH (p:Program {id: 'spbe'}), (j:Region {code: '32'}), (c:Region {code: '32.73'})
       RETURN valueType(p.startYear) AS year, valueType(j.outermostIslandCount) AS island, valueType(c.isCity) AS city`,
    );
    expect(['INTEGER NOT NULL', 'FLOAT NOT NULL']).toContain(types!.year);
    expect(['INTEGER NOT NULL', 'FLOAT NOT NULL']).toContain(types!.island);
    expect(types!.city).toBe('BOOLEAN NOT NULL');
  });

  it('derives region PART_OF links from parent fields', async () => {
    const rows = await db.cypher<{ from: string; to: string }>(
      'MATCH (a:Region)-[:PART_OF]->(b:Region) RETURN a.code AS from, b.code AS to ORDER BY from',
    );
    expect(rows).toEqual([{ from: '32', to: 'ID' }, { from: '32.73', to: '32' }]);
  });

  it('keys measurements indicator:year:region and links them to indicator and region', async () => {
    const rows = await db.cypher<{ m: Record<string, unknown>; region: string | null }>(
      `MATCH (:Indicator {id: 'indeks-spbe'})-[:HAS_MEASUREMENT]->(m:Measurement)
       OPTIONAL MATCH (m)-[:MEASURED_IN]->(r:Region)
       RETURN properties(m) AS m, r.code AS region ORDER BY m.id`,
    );
    expect(rows).toEqual([
      {
        m: { id: 'indeks-spbe:2023:32.73', year: 2023, regionCode: '32.73', target: 3.5, actual: 3.12, sourceRefs: [SPBE_SOURCE.ref], sourceTitles: [SPBE_SOURCE.title] },
        region: '32.73',
      },
      { m: { id: 'indeks-spbe:2023:ID', year: 2023, target: 3 }, region: null },
    ]);
  });

  it('creates the links of the link sections, with roles and sources', async () => {
    const rows = await db.cypher<{ from: string; to: string; props: Record<string, unknown> }>(
      `MATCH (a:Agency)-[r:PARTICIPATES_IN]->(p:Program)
       RETURN a.id AS from, p.id AS to, r { .role, .sourceRefs, .sourceTitles } AS props ORDER BY from`,
    );
    expect(rows).toEqual([
      { from: 'kementerian-panrb', to: 'spbe', props: { role: 'LEAD', sourceRefs: [SPBE_SOURCE.ref], sourceTitles: [SPBE_SOURCE.title] } },
      { from: 'pemkot-bandung', to: 'spbe', props: { role: 'IMPLEMENTER', sourceRefs: null, sourceTitles: null } },
    ]);
    const [others] = await db.cypher<Record<string, number>>(`
      RETURN COUNT { (:Theme {id: 'e-gov'})-[:PART_OF]->(:Theme {id: 'digital'}) } AS partOf,
             COUNT { (:Program {id: 'spbe'})-[:ADDRESSES]->(:Theme {id: 'e-gov'}) } AS addresses,
             COUNT { (:Program {id: 'spbe'})-[:MEASURED_BY]->(:Indicator {id: 'indeks-spbe'}) } AS measuredBy,
             COUNT { (:Program {id: 'spbe'})-[:COVERS]->(:Region {code: '32.73'}) } AS covers,
             COUNT { (:Agency {id: 'pemkot-bandung'})-[:JURISDICTION]->(:Region {code: '32.73'}) } AS jurisdiction`);
    expect(others).toEqual({ partOf: 1, addresses: 1, measuredBy: 1, covers: 1, jurisdiction: 1 });
  });
});

describe('the JSON and CSV forms of the same data', () => {
  it('give the same graph', () => {
    const json = dumps.get('json');
    const csv = dumps.get('csv');
    expect(json?.nodes.length).toBe(11);
    expect(csv).toEqual(json);
  });
});
