import { getDistricts, getIslands } from 'idn-area-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS } from '../../data/facts/index.js';
import { buildAreas, readAreaData } from '../../src/seed/areaData.js';
import { governmentsOf } from '../../src/seed/governments.js';
import { seedDemoGraph, type SeedSummary } from '../../src/seed/index.js';
import { graphHasData } from '../../src/seed/summary.js';
import { SYNTHETIC } from '../../src/seed/sources.js';
import { syntheticGraph } from '../../src/seed/synthetic.js';
import { fillTemplate } from '../../src/db/cypher.js';
import { LABELS } from '../../src/model/labels.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let first: SeedSummary;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  expect(await graphHasData(db.executor)).toBe(false);
  first = await seedDemoGraph(db.executor);
});

afterAll(async () => {
  await db.wipe();
  await db.close();
});

const count = async (query: string, params: Record<string, unknown> = {}) => (await db.cypher<{ n: number }>(query, params))[0]!.n;

describe('regions', () => {
  it('loads one country, 38 provinces, 514 regencies and cities, and every district of idn-area-data', async () => {
    const levels = await db.cypher<{ level: string; n: number }>('MATCH (r:Region) RETURN r.level AS level, count(*) AS n');
    const byLevel = Object.fromEntries(levels.map((row) => [row.level, row.n]));
    expect(byLevel).toEqual({ COUNTRY: 1, PROVINCE: 38, REGENCY: 514, DISTRICT: (await getDistricts()).length });
    expect(await count("MATCH (r:Region {level: 'REGENCY', isCity: true}) WHERE r.name STARTS WITH 'KOTA ' RETURN count(r) AS n"))
      .toBe(await count("MATCH (r:Region {level: 'REGENCY'}) WHERE r.name STARTS WITH 'KOTA ' RETURN count(r) AS n"));
  });

  it('gives every province, regency and district exactly one parent, one level up', async () => {
    expect(await count(`
      MATCH (r:Region) WHERE r.level <> 'COUNTRY'
      WITH r, [(r)-[:PART_OF]->(p:Region) | p.level] AS parents
      WHERE parents <> [CASE r.level WHEN 'PROVINCE' THEN 'COUNTRY' WHEN 'REGENCY' THEN 'PROVINCE' ELSE 'REGENCY' END]
      RETURN count(r) AS n`)).toBe(0);
    expect(await count("MATCH (r:Region {code: 'ID'})-[:PART_OF]->() RETURN count(*) AS n")).toBe(0);
  });

  it('counts every outermost small island at the country, and sums regencies into provinces', async () => {
    const outermost = (await getIslands({ transform: true })).filter((i) => i.isOutermostSmall).length;
    expect(await count("MATCH (r:Region {code: 'ID'}) RETURN r.outermostIslandCount AS n")).toBe(outermost);
    expect(await count(`
      MATCH (p:Region {level: 'PROVINCE'})
      WITH p, COLLECT { MATCH (r:Region)-[:PART_OF]->(p) RETURN r.outermostIslandCount } AS counts
      WHERE p.outermostIslandCount < reduce(s = 0, c IN counts | s + c)
      RETURN count(p) AS n`)).toBe(0);
  });
});

describe('regional governments', () => {
  it('gives each province, regency and city exactly one government with JURISDICTION over it', async () => {
    expect(await count(`
      MATCH (r:Region) WHERE r.level IN ['PROVINCE', 'REGENCY']
      WITH r, [(a:Agency)-[:JURISDICTION]->(r) | a.kind] AS kinds
      WHERE kinds <> [CASE WHEN r.level = 'PROVINCE' THEN 'PROVINCIAL_GOVERNMENT'
                           WHEN r.isCity THEN 'CITY_GOVERNMENT' ELSE 'REGENCY_GOVERNMENT' END]
      RETURN count(r) AS n`)).toBe(0);
    expect(await count(`
      MATCH (a:Agency) WHERE a.kind IN ['PROVINCIAL_GOVERNMENT', 'REGENCY_GOVERNMENT', 'CITY_GOVERNMENT']
      RETURN count(a) AS n`)).toBe(552);
  });

  it('gives them no REPORTS_TO (regional governments are autonomous)', async () => {
    expect(await count(`
      MATCH (a:Agency)-[:REPORTS_TO]-() WHERE a.level IN ['PROVINCIAL', 'LOCAL'] RETURN count(*) AS n`)).toBe(0);
  });
});

describe('facts from the seed articles', () => {
  it.each([
    ['Agency', 'kemenpanrb', '000_15c34ed328e19458.txt'],
    ['Agency', 'bkn', '001_f42d7ce569d11d9e.txt'],
    ['Agency', 'lan', '001_f42d7ce569d11d9e.txt'],
    ['Agency', 'anri', '001_f42d7ce569d11d9e.txt'],
    ['Agency', 'bappenas', '003_1ae37f27f080cdf5.txt'],
    ['Agency', 'komisi-ii-dpr-ri', '001_f42d7ce569d11d9e.txt'],
    ['Program', 'spbe', '001_f42d7ce569d11d9e.txt'],
    ['Program', 'ina-digital', '001_f42d7ce569d11d9e.txt'],
    ['Program', 'rb-general', '004_38152f34437eacb5.txt'],
    ['Program', 'rb-tematik', '004_38152f34437eacb5.txt'],
    ['Forum', 'paguyuban', '000_15c34ed328e19458.txt'],
    ['Forum', 'rbxperience-2023', '004_38152f34437eacb5.txt'],
    ['Forum', 'rakor-panrb-paguyuban-bandung', '001_f42d7ce569d11d9e.txt'],
    ['Regulation', 'arahan-menpanrb-rakor-paguyuban-bandung', '001_f42d7ce569d11d9e.txt'],
    ['Theme', 'reformasi-birokrasi', '004_38152f34437eacb5.txt'],
  ] as const)('%s %s comes from %s', async (label, id, ref) => {
    const query = fillTemplate('MATCH (n:__Label__ {id: $id}) RETURN n.sourceRefs AS refs', { Label: label });
    const [row] = await db.cypher<{ refs: string[] }>(query, { id });
    expect(row?.refs).toContain(ref);
  });

  it('has the Bandung directives grant BKN, LAN and ANRI one mandate each, each on a theme', async () => {
    const rows = await db.cypher<{ agency: string; theme: string }>(`
      MATCH (a:Agency)-[:HOLDS]->(m:Mandate)-[:GRANTED_BY]->(:Regulation {id: 'arahan-menpanrb-rakor-paguyuban-bandung', kind: 'DIRECTIVE'})
      MATCH (m)-[:CONCERNS]->(t:Theme)
      RETURN a.id AS agency, t.id AS theme ORDER BY agency`);
    expect(rows).toEqual([
      { agency: 'anri', theme: 'kearsipan' }, { agency: 'bkn', theme: 'manajemen-asn' }, { agency: 'lan', theme: 'pelatihan-asn' },
    ]);
  });
});

describe('synthetic data', () => {
  it('marks every synthetic node as synthetic, with nothing else as its source', async () => {
    const areas = buildAreas(await readAreaData());
    const graph = syntheticGraph({ areas, governments: governmentsOf(areas), facts: FACTS });
    for (const [label, rows] of graph.nodes) {
      const keys = [...rows.keys()];
      const query = fillTemplate(`
        UNWIND $keys AS key OPTIONAL MATCH (n:__Label__ {__key__: key})
        WITH key, n WHERE n IS NULL OR n.sourceRefs <> [$ref] OR n.sourceTitles <> [$title]
        RETURN key`, { Label: label, key: LABELS[label].key });
      const wrong = await db.cypher<{ key: string }>(query, { keys, ref: SYNTHETIC.ref, title: SYNTHETIC.title });
      expect(wrong, label).toEqual([]);
    }
  });

  it('has no node without a source', async () => {
    expect(await count('MATCH (n) WHERE NOT n:ImportRun AND coalesce(size(n.sourceRefs), 0) = 0 RETURN count(n) AS n')).toBe(0);
  });
});

describe('loading through the import path', () => {
  it('leaves one ImportRun per step that every seeded node points to', async () => {
    const runs = await db.cypher<{ file: string; created: number }>(
      'MATCH (run:ImportRun) RETURN run.fileName AS file, run.nodesCreated AS created ORDER BY run.startedAt');
    expect(runs.map((run) => run.file)).toEqual(['demo-graph/regions', 'demo-graph/facts', 'demo-graph/synthetic']);
    expect(runs.reduce((total, run) => total + run.created, 0)).toBe(Object.values(first.nodes).reduce((a, b) => a + b, 0));
    expect(await count('MATCH (n) WHERE NOT n:ImportRun AND NOT (n)-[:IMPORTED_BY]->(:ImportRun) RETURN count(n) AS n')).toBe(0);
  });
});

describe('seeding again', () => {
  it('changes no count and no value', async () => {
    const digest = () => db.cypher(`
      MATCH (m:Measurement)
      RETURN count(m) AS measurements, sum(coalesce(m.target, 0)) AS targets, sum(coalesce(m.actual, 0)) AS actuals`);
    const before = await digest();
    const second = await seedDemoGraph(db.executor);
    expect(second.nodes).toEqual(first.nodes);
    expect(second.relationships).toEqual(first.relationships);
    expect(second.imports.map((report) => report.totals.created + report.totals.updated)).toEqual([0, 0, 0]);
    expect(second.imports.map((report) => report.totals.unchanged)).toEqual(first.imports.map((report) => report.totals.created));
    expect(await digest()).toEqual(before);
    expect(await graphHasData(db.executor)).toBe(true);
  }, 180_000);
});
