import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

/**
 * Regions (outermostIslandCount; districts below):
 *   ID > 31 (0) > 31.01 (0; 31.01.01-04: 4 districts), 31.02 (0; 2 districts), 31.03 (0, a city; 1 district)
 *   ID > 32 (2) > 32.01 (2, remote; 4 districts), 32.02 (0; 1 district), 32.03 (0; 2 districts)
 * Themes: kemiskinan > ekstrem ; digital
 * Agencies (REGENCY_GOVERNMENT unless said; jurisdiction):
 *   kab-a 31.01, kab-b 31.02, kab-c 32.01, kab-d 32.02, kab-f 32.03 (no program, no data),
 *   kota-e 31.03 (CITY_GOVERNMENT)
 * Programs: prog-ekstrem (ekstrem; kab-a, kab-b; measured by ind-miskin, ind-bantuan)
 *           prog-digital (digital; kab-a, kab-c; measured by ind-digital)
 *           prog-kemiskinan (kemiskinan; kab-d, kota-e; measured by ind-bantuan)
 * Indicators: ind-miskin LOWER_IS_BETTER, ind-bantuan and ind-digital HIGHER_IS_BETTER
 * Measurements (region year target actual):
 *   ind-miskin:  31.01 2023 10 12; 31.01 2024 10 12.5; 31.01 2025 9 -; 31.01.01 2024 10 5 (a district: not counted);
 *                31.02 2024 10 8
 *   ind-bantuan: 31.01 2024 100 90; 31.02 2024 100 110; 32.01 2023 100 95; 32.01 2024 100 120;
 *                32.02 2024 100 80; 31.03 2024 100 200
 *   ind-digital: 31.01 2024 50 50; 32.03 2024 50 60 (not on the theme kemiskinan)
 * Themes of each agency's programs: kab-a {ekstrem, digital}, kab-b {ekstrem}, kab-c {digital},
 * kab-d {kemiskinan}, kab-f {}.
 *
 * Performance on kemiskinan (indicators ind-miskin and ind-bantuan; latest year with both values):
 *   kab-a: ind-bantuan 90/100 = 0.9; ind-miskin 2024 10/12.5 = 0.8      -> mean 0.85
 *   kab-b: ind-bantuan 110/100 = 1.1; ind-miskin 10/8 = 1.25            -> mean 1.175
 *   kab-c: ind-bantuan 2024 120/100 = 1.2                               -> 1.2
 *   kab-d: ind-bantuan 80/100 = 0.8                                     -> 0.8
 *   kota-e: 2.0, but a city government: another kind
 *   kab-f: none (its ind-digital figure is not on the theme)
 */
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 2})
      CREATE (r31:Region {code: '31', name: 'P31', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (r32:Region {code: '32', name: 'P32', level: 'PROVINCE', outermostIslandCount: 2})-[:PART_OF]->(id)
      WITH r31, r32
      UNWIND [
        {code: '31.01', parent: r31, islands: 0, districts: 4, city: false},
        {code: '31.02', parent: r31, islands: 0, districts: 2, city: false},
        {code: '31.03', parent: r31, islands: 0, districts: 1, city: true},
        {code: '32.01', parent: r32, islands: 2, districts: 4, city: false},
        {code: '32.02', parent: r32, islands: 0, districts: 1, city: false},
        {code: '32.03', parent: r32, islands: 0, districts: 2, city: false}
      ] AS spec
      WITH spec, spec.parent AS parent
      CREATE (regency:Region {code: spec.code, name: 'R' + spec.code, level: 'REGENCY', isCity: spec.city, outermostIslandCount: spec.islands})-[:PART_OF]->(parent)
      WITH spec, regency
      UNWIND range(1, spec.districts) AS n
      CREATE (:Region {code: spec.code + '.0' + n, name: 'D' + spec.code + '.' + n, level: 'DISTRICT', outermostIslandCount: 0})-[:PART_OF]->(regency)
    `);
    await db.cypher(`
      CREATE (kemiskinan:Theme {id: 'kemiskinan', name: 'Kemiskinan'})
      CREATE (ekstrem:Theme {id: 'ekstrem', name: 'Ekstrem'})-[:PART_OF]->(kemiskinan)
      CREATE (digital:Theme {id: 'digital', name: 'Digital'})
      WITH kemiskinan, ekstrem, digital
      UNWIND [['kab-a', '31.01', 'REGENCY_GOVERNMENT'], ['kab-b', '31.02', 'REGENCY_GOVERNMENT'], ['kab-c', '32.01', 'REGENCY_GOVERNMENT'],
              ['kab-d', '32.02', 'REGENCY_GOVERNMENT'], ['kab-f', '32.03', 'REGENCY_GOVERNMENT'], ['kota-e', '31.03', 'CITY_GOVERNMENT']] AS spec
      MATCH (home:Region {code: spec[1]})
      CREATE (:Agency {id: spec[0], name: toUpper(spec[0]), kind: spec[2], level: 'LOCAL'})-[:JURISDICTION]->(home)
      WITH DISTINCT kemiskinan, ekstrem, digital
      MATCH (a:Agency {id: 'kab-a'}), (b:Agency {id: 'kab-b'}), (c:Agency {id: 'kab-c'}), (d:Agency {id: 'kab-d'}), (e:Agency {id: 'kota-e'})
      CREATE (pe:Program {id: 'prog-ekstrem', name: 'Ekstrem', track: 'OTHER', status: 'ACTIVE'})-[:ADDRESSES]->(ekstrem)
      CREATE (pd:Program {id: 'prog-digital', name: 'Digital', track: 'OTHER', status: 'ACTIVE'})-[:ADDRESSES]->(digital)
      CREATE (pk:Program {id: 'prog-kemiskinan', name: 'Kemiskinan', track: 'OTHER', status: 'ACTIVE'})-[:ADDRESSES]->(kemiskinan)
      CREATE (a)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pe), (b)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pe)
      CREATE (a)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pd), (c)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(pd)
      CREATE (d)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pk), (e)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pk)
      CREATE (miskin:Indicator {id: 'ind-miskin', name: 'Penduduk miskin ekstrem', unit: '%', direction: 'LOWER_IS_BETTER'})
      CREATE (bantuan:Indicator {id: 'ind-bantuan', name: 'Rumah tangga dibantu', unit: 'rumah tangga', direction: 'HIGHER_IS_BETTER'})
      CREATE (dig:Indicator {id: 'ind-digital', name: 'Layanan daring', unit: 'layanan', direction: 'HIGHER_IS_BETTER'})
      CREATE (pe)-[:MEASURED_BY]->(miskin), (pe)-[:MEASURED_BY]->(bantuan), (pd)-[:MEASURED_BY]->(dig), (pk)-[:MEASURED_BY]->(bantuan)
    `);
    await db.cypher(`
      UNWIND [
        ['ind-miskin', '31.01', 2023, 10, 12], ['ind-miskin', '31.01', 2024, 10, 12.5], ['ind-miskin', '31.01', 2025, 9, null],
        ['ind-miskin', '31.01.01', 2024, 10, 5], ['ind-miskin', '31.02', 2024, 10, 8],
        ['ind-bantuan', '31.01', 2024, 100, 90], ['ind-bantuan', '31.02', 2024, 100, 110], ['ind-bantuan', '32.01', 2023, 100, 95],
        ['ind-bantuan', '32.01', 2024, 100, 120], ['ind-bantuan', '32.02', 2024, 100, 80], ['ind-bantuan', '31.03', 2024, 100, 200],
        ['ind-digital', '31.01', 2024, 50, 50], ['ind-digital', '32.03', 2024, 50, 60]
      ] AS m
      MATCH (i:Indicator {id: m[0]}), (r:Region {code: m[1]})
      CREATE (i)-[:HAS_MEASUREMENT]->(:Measurement {id: m[0] + ':' + m[2] + ':' + m[1], year: m[2], regionCode: m[1], target: m[3], actual: m[4]})-[:MEASURED_IN]->(r)
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const PEERS = `query ($agency: ID!, $theme: ID!, $first: Int) {
  peers(agency: $agency, theme: $theme, first: $first) {
    agency { id }
    theme { id }
    performance { achievement measurements { indicator { id } year region { code } target actual achievement } }
    peers {
      agency { id }
      similarity themeSimilarity settingSimilarity sizeSimilarity
      sharedThemes { id }
      performance { achievement measurements { indicator { id } year achievement } }
      lead
    }
    rule
  }
}`;

describe('peers', () => {
  it('lists the better agencies of the same kind, most similar first, in one statement', async () => {
    const result = await api.run(PEERS, { agency: 'kab-a', theme: 'kemiskinan' });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const report = result.data!.peers;
    expect(report.agency).toEqual({ id: 'kab-a' });
    expect(report.theme).toEqual({ id: 'kemiskinan' });
    // Lower is better for ind-miskin: 10 / 12.5 = 0.8 (2025 has no actual, the district figure is not counted)
    expect(report.performance).toEqual({
      achievement: 0.85,
      measurements: [
        { indicator: { id: 'ind-bantuan' }, year: 2024, region: { code: '31.01' }, target: 100, actual: 90, achievement: 0.9 },
        { indicator: { id: 'ind-miskin' }, year: 2024, region: { code: '31.01' }, target: 10, actual: 12.5, achievement: 0.8 },
      ],
    });
    // kab-d (0.8) does worse and is left out; kota-e is a city government.
    // kab-b: themes {ekstrem} vs {ekstrem, digital}: 1/2; same province 31 (0.5) + both not remote (0.5) = 1;
    //        districts 2 vs 4: 0.5; similarity (0.5 + 1 + 0.5) / 3 = 0.667; lead 1.175 - 0.85 = 0.325
    // kab-c: themes {digital}: 1/2; province 32 (0) + remote vs not (0) = 0; districts 4 vs 4: 1;
    //        similarity (0.5 + 0 + 1) / 3 = 0.5; lead 1.2 - 0.85 = 0.35
    expect(report.peers).toEqual([
      {
        agency: { id: 'kab-b' }, similarity: 0.667, themeSimilarity: 0.5, settingSimilarity: 1, sizeSimilarity: 0.5,
        sharedThemes: [{ id: 'ekstrem' }],
        performance: {
          achievement: 1.175,
          measurements: [
            { indicator: { id: 'ind-bantuan' }, year: 2024, achievement: 1.1 },
            { indicator: { id: 'ind-miskin' }, year: 2024, achievement: 1.25 },
          ],
        },
        lead: 0.325,
      },
      {
        agency: { id: 'kab-c' }, similarity: 0.5, themeSimilarity: 0.5, settingSimilarity: 0, sizeSimilarity: 1,
        sharedThemes: [{ id: 'digital' }],
        performance: { achievement: 1.2, measurements: [{ indicator: { id: 'ind-bantuan' }, year: 2024, achievement: 1.2 }] },
        lead: 0.35,
      },
    ]);
    expect(report.rule).toContain('Jaccard');
  });

  it('takes the first n', async () => {
    const { peers } = await api.ok(PEERS, { agency: 'kab-a', theme: 'kemiskinan', first: 1 });
    expect(peers.peers.map((p: { agency: { id: string } }) => p.agency.id)).toEqual(['kab-b']);
  });

  it('an agency without data gets every agency of its kind with data, lead null', async () => {
    // kab-f: 32.03, province 32, not remote, 2 districts, no themes (theme similarity 0 with everyone)
    // kab-b: setting 0 + 0.5 = 0.5, size 2/2 = 1: (0 + 0.5 + 1) / 3 = 0.5
    // kab-d: setting 0.5 + 0.5 = 1, size 1/2 = 0.5: (0 + 1 + 0.5) / 3 = 0.5
    // kab-a: setting 0 + 0.5 = 0.5, size 2/4 = 0.5: 1/3 = 0.333
    // kab-c: setting 0.5 + 0 = 0.5 (remote vs not), size 2/4 = 0.5: 0.333
    // ties broken by id (leads are all null): kab-b, kab-d, kab-a, kab-c
    const { peers } = await api.ok(PEERS, { agency: 'kab-f', theme: 'kemiskinan' });
    expect(peers.performance).toBeNull();
    expect(peers.peers.map((p: { agency: { id: string }; similarity: number; lead: number | null; performance: { achievement: number } }) =>
      [p.agency.id, p.similarity, p.lead, p.performance.achievement])).toEqual([
      ['kab-b', 0.5, null, 1.175], ['kab-d', 0.5, null, 0.8], ['kab-a', 0.333, null, 0.85], ['kab-c', 0.333, null, 1.2],
    ]);
  });

  it('the best agency has no peer; another kind has its own peers', async () => {
    // kab-c leads with 1.2: nobody of its kind does better
    expect((await api.ok(PEERS, { agency: 'kab-c', theme: 'kemiskinan' })).peers).toMatchObject({ performance: { achievement: 1.2 }, peers: [] });
    // kota-e is the only city government: no peer even though regencies have data
    expect((await api.ok(PEERS, { agency: 'kota-e', theme: 'kemiskinan' })).peers).toMatchObject({ performance: { achievement: 2 }, peers: [] });
  });

  it('a sub-theme narrows the indicators', async () => {
    // ekstrem: only prog-ekstrem's indicators count (ind-miskin, ind-bantuan): kab-d is measured on ind-bantuan,
    // so it still has 0.8, worse than kab-a: the same two peers as for kemiskinan
    const onSubTheme = (await api.ok(PEERS, { agency: 'kab-a', theme: 'ekstrem' })).peers;
    expect(onSubTheme.performance.achievement).toBe(0.85);
    expect(onSubTheme.peers.map((p: { agency: { id: string } }) => p.agency.id)).toEqual(['kab-b', 'kab-c']);
    // digital: ind-digital only: kab-a 50/50 = 1; kab-f 60/50 = 1.2 -> kab-f is kab-a's one peer, lead 0.2
    // kab-f: themes {} -> 0; province 32 vs 31: 0, both not remote: 0.5; districts 2 vs 4: 0.5 -> (0 + 0.5 + 0.5) / 3 = 0.333
    const { peers } = await api.ok(PEERS, { agency: 'kab-a', theme: 'digital' });
    expect(peers.performance.achievement).toBe(1);
    expect(peers.peers.map((p: { agency: { id: string }; similarity: number; lead: number }) => [p.agency.id, p.similarity, p.lead]))
      .toEqual([['kab-f', 0.333, 0.2]]);
  });

  it('unknown agency or theme is NOT_FOUND; first outside 1..50 is BAD_USER_INPUT', async () => {
    expect((await api.run(PEERS, { agency: 'nope', theme: 'kemiskinan' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'agency' });
    expect((await api.run(PEERS, { agency: 'kab-a', theme: 'nope' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'theme' });
    for (const first of [0, 51]) {
      const result = await api.run(PEERS, { agency: 'kab-a', theme: 'kemiskinan', first });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect(result.statements).toBe(0);
    }
  });
});
