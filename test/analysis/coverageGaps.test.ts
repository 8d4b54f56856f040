import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

/**
 * Regions (outermostIslandCount in brackets; > 0 is remote):
 *   ID [3] > 11 ACEH [2] > 11.01 [2] > 11.01.01, 11.01.02 (districts)
 *                        > 11.02 [0]
 *          > 32 JABAR [0] > 32.01 [0], 32.02 [0]
 *          > 53 NTT [1]   > 53.01 [0], 53.02 [1], 53.03 [0]
 * Themes: kemiskinan > kemiskinan-ekstrem ; digital ; investasi ; kosong (no program)
 * Programs (theme, covers):
 *   bantuan-aceh    kemiskinan-ekstrem (a sub-theme)  11 (a province)
 *   miskin-garut    kemiskinan                        32.01
 *   miskin-desa     kemiskinan                        11.01.01 (a district)
 *   investasi-aceh  investasi (not on kemiskinan)     11.02
 *   digital-nasional digital                          ID (national)
 *   digital-aceh    digital                           11.01
 * Indicators: ind-miskin (LOWER_IS_BETTER) measures miskin-garut; ind-bansos (HIGHER_IS_BETTER)
 * measures bantuan-aceh; ind-investasi (HIGHER_IS_BETTER) measures investasi-aceh (not on the theme).
 * Measurements (region, year: target / actual):
 *   ind-miskin:    32.02 2023: 10/12, 2024: 10/11, 2025: 9/-   | 11.02 2023: 10/20, 2024: 10/15, 2025: 9/-
 *                  32.01 2024: 10/10                           | national 2024: 10/30 (no region)
 *   ind-bansos:    32.02 2024: 100/70                          | 53.03 2024: -/50 (no target)
 *   ind-investasi: 53.01 2024: 10/1 (off the theme: not data for kemiskinan)
 */
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 3})
      CREATE (r11:Region {code: '11', name: 'ACEH', level: 'PROVINCE', outermostIslandCount: 2})-[:PART_OF]->(id)
      CREATE (r1101:Region {code: '11.01', name: 'KAB SIMEULUE', level: 'REGENCY', outermostIslandCount: 2})-[:PART_OF]->(r11)
      CREATE (r110101:Region {code: '11.01.01', name: 'Teupah', level: 'DISTRICT', outermostIslandCount: 0})-[:PART_OF]->(r1101)
      CREATE (:Region {code: '11.01.02', name: 'Salang', level: 'DISTRICT', outermostIslandCount: 0})-[:PART_OF]->(r1101)
      CREATE (r1102:Region {code: '11.02', name: 'KAB ACEH BESAR', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r11)
      CREATE (r32:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (r3201:Region {code: '32.01', name: 'KAB GARUT', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r32)
      CREATE (r3202:Region {code: '32.02', name: 'KAB BOGOR', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r32)
      CREATE (r53:Region {code: '53', name: 'NUSA TENGGARA TIMUR', level: 'PROVINCE', outermostIslandCount: 1})-[:PART_OF]->(id)
      CREATE (r5301:Region {code: '53.01', name: 'KAB KUPANG', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r53)
      CREATE (:Region {code: '53.02', name: 'KAB ROTE NDAO', level: 'REGENCY', outermostIslandCount: 1})-[:PART_OF]->(r53)
      CREATE (r5303:Region {code: '53.03', name: 'KAB ALOR', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r53)
      CREATE (miskin:Theme {id: 'kemiskinan', name: 'Kemiskinan'})
      CREATE (ekstrem:Theme {id: 'kemiskinan-ekstrem', name: 'Kemiskinan ekstrem'})-[:PART_OF]->(miskin)
      CREATE (digital:Theme {id: 'digital', name: 'Digital'})
      CREATE (investasi:Theme {id: 'investasi', name: 'Investasi'})
      CREATE (:Theme {id: 'kosong', name: 'Kosong'})
      CREATE (bantuan:Program {id: 'bantuan-aceh', name: 'Bantuan Aceh', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (garut:Program {id: 'miskin-garut', name: 'Garut Bebas Miskin', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (desa:Program {id: 'miskin-desa', name: 'Desa Teupah Sejahtera', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (inv:Program {id: 'investasi-aceh', name: 'Investasi Aceh', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (dnas:Program {id: 'digital-nasional', name: 'Digital Nasional', track: 'RB_GENERAL', status: 'ACTIVE'})
      CREATE (daceh:Program {id: 'digital-aceh', name: 'Digital Simeulue', track: 'RB_GENERAL', status: 'ACTIVE'})
      CREATE (bantuan)-[:ADDRESSES]->(ekstrem), (bantuan)-[:COVERS]->(r11)
      CREATE (garut)-[:ADDRESSES]->(miskin), (garut)-[:COVERS]->(r3201)
      CREATE (desa)-[:ADDRESSES]->(miskin), (desa)-[:COVERS]->(r110101)
      CREATE (inv)-[:ADDRESSES]->(investasi), (inv)-[:COVERS]->(r1102)
      CREATE (dnas)-[:ADDRESSES]->(digital), (dnas)-[:COVERS]->(id)
      CREATE (daceh)-[:ADDRESSES]->(digital), (daceh)-[:COVERS]->(r1101)
      CREATE (im:Indicator {id: 'ind-miskin', name: 'Penduduk miskin', unit: '%', direction: 'LOWER_IS_BETTER'})
      CREATE (ib:Indicator {id: 'ind-bansos', name: 'Bansos tersalur', unit: '%', direction: 'HIGHER_IS_BETTER'})
      CREATE (ii:Indicator {id: 'ind-investasi', name: 'Realisasi investasi', unit: 'Rp T', direction: 'HIGHER_IS_BETTER'})
      CREATE (garut)-[:MEASURED_BY]->(im), (bantuan)-[:MEASURED_BY]->(ib), (inv)-[:MEASURED_BY]->(ii)
      WITH im, ib, ii, r3201, r3202, r1102, r5301, r5303
      UNWIND [
        [im, r3202, 2023, 10, 12], [im, r3202, 2024, 10, 11], [im, r3202, 2025, 9, null],
        [im, r1102, 2023, 10, 20], [im, r1102, 2024, 10, 15], [im, r1102, 2025, 9, null],
        [im, r3201, 2024, 10, 10], [im, null, 2024, 10, 30],
        [ib, r3202, 2024, 100, 70], [ib, r5303, 2024, null, 50],
        [ii, r5301, 2024, 10, 1]
      ] AS m
      WITH m[0] AS i, m[1] AS r, m[2] AS year, m[3] AS target, m[4] AS actual
      CREATE (i)-[:HAS_MEASUREMENT]->(x:Measurement {id: i.id + ':' + year + ':' + coalesce(r.code, ''), year: year, regionCode: r.code, target: target, actual: actual})
      FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | CREATE (x)-[:MEASURED_IN]->(r))
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const GAPS = `query ($theme: ID!, $level: RegionLevel, $within: ID, $minPrograms: Int, $remoteOnly: Boolean, $first: Int, $after: String) {
  coverageGaps(theme: $theme, level: $level, within: $within, minPrograms: $minPrograms, remoteOnly: $remoteOnly, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes {
      region { code }
      programCount coverage remote hasData
      programs { program { id } coverage via { code } }
      need { indicator { id } year target actual shortfall }
    }
    rule
  }
}`;

type Gap = {
  region: { code: string };
  programCount: number;
  coverage: string;
  remote: boolean;
  hasData: boolean;
  programs: Array<{ program: { id: string }; coverage: string; via: { code: string } }>;
  need: { indicator: { id: string }; year: number; target: number | null; actual: number; shortfall: number | null } | null;
};
type Result = { coverageGaps: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; nodes: Gap[]; rule: string } };

const gaps = async (vars: Record<string, unknown>) => (await api.ok<Result>(GAPS, vars)).coverageGaps;
const codes = (result: { nodes: Gap[] }) => result.nodes.map((n) => n.region.code);
const reach = (program: string, coverage: string, via: string) => ({ program: { id: program }, coverage, via: { code: via } });

describe('coverageGaps', () => {
  it('lists the regencies no program on the theme reaches, worst need first', async () => {
    // Reached: 11.01 and 11.02 through province 11 (bantuan-aceh, on a sub-theme), 32.01 directly.
    // Not reached: 32.02, 53.01, 53.02, 53.03.
    // Needs: 32.02: ind-miskin latest actual 2024: (11 - 10) / 10 = 0.1 (lower is better);
    //               ind-bansos 2024: (100 - 70) / 100 = 0.3 -> the need is ind-bansos, 0.3.
    //        53.03: ind-bansos 2024 without a target -> shortfall null, but data.
    //        53.01: only ind-investasi, which is off the theme -> no data. 53.02: no data.
    // Order: 32.02 (0.3), then the null shortfalls: remote 53.02 first, then 53.01, 53.03 by code.
    const result = await gaps({ theme: 'kemiskinan' });
    expect(result.totalCount).toBe(4);
    expect(result.nodes).toEqual([
      { region: { code: '32.02' }, programCount: 0, coverage: 'NONE', remote: false, hasData: true, programs: [],
        need: { indicator: { id: 'ind-bansos' }, year: 2024, target: 100, actual: 70, shortfall: 0.3 } },
      { region: { code: '53.02' }, programCount: 0, coverage: 'NONE', remote: true, hasData: false, programs: [], need: null },
      { region: { code: '53.01' }, programCount: 0, coverage: 'NONE', remote: false, hasData: false, programs: [], need: null },
      { region: { code: '53.03' }, programCount: 0, coverage: 'NONE', remote: false, hasData: true, programs: [],
        need: { indicator: { id: 'ind-bansos' }, year: 2024, target: null, actual: 50, shortfall: null } },
    ]);
    expect(result.rule).toContain('covers the region or a region above it');
  });

  it('with minPrograms 2 also lists the regions one program reaches, through a province or directly', async () => {
    // Count 0: as above. Count 1: 11.02 (via 11, PROVINCE; ind-miskin latest actual is 2024, not the
    // worse 2023: (15 - 10) / 10 = 0.5), 32.01 (DIRECT; (10 - 10) / 10 = 0), 11.01 (via 11; no data;
    // miskin-desa covers only its district 11.01.01, which does not reach the regency).
    const result = await gaps({ theme: 'kemiskinan', minPrograms: 2 });
    expect(codes(result)).toEqual(['32.02', '53.02', '53.01', '53.03', '11.02', '32.01', '11.01']);
    const [r1102, r3201, r1101] = result.nodes.slice(4);
    expect(r1102).toEqual({
      region: { code: '11.02' }, programCount: 1, coverage: 'PROVINCE', remote: false, hasData: true,
      programs: [reach('bantuan-aceh', 'PROVINCE', '11')],
      need: { indicator: { id: 'ind-miskin' }, year: 2024, target: 10, actual: 15, shortfall: 0.5 },
    });
    expect(r3201).toMatchObject({ programCount: 1, coverage: 'DIRECT', programs: [reach('miskin-garut', 'DIRECT', '32.01')], need: { shortfall: 0 } });
    expect(r1101).toMatchObject({ programCount: 1, coverage: 'PROVINCE', remote: true, hasData: false, need: null });
  });

  it('reaches every region through a national program, and a district through its regency', async () => {
    // digital: digital-nasional covers ID, digital-aceh covers 11.01. With minPrograms 2 every
    // regency but 11.01 (2 programs) is a gap with one NATIONAL program; no indicator: no data.
    // Order: remote 53.02 first, then by code.
    const regencies = await gaps({ theme: 'digital', minPrograms: 2 });
    expect(codes(regencies)).toEqual(['53.02', '11.02', '32.01', '32.02', '53.01', '53.03']);
    expect(regencies.nodes[0]).toEqual({
      region: { code: '53.02' }, programCount: 1, coverage: 'NATIONAL', remote: true, hasData: false,
      programs: [reach('digital-nasional', 'NATIONAL', 'ID')], need: null,
    });
    // The districts of 11.01: the regency's program (1 hop up) is nearer than the national one.
    const districts = await gaps({ theme: 'digital', level: 'DISTRICT', within: '11.01', minPrograms: 3 });
    expect(districts.nodes).toEqual(['11.01.01', '11.01.02'].map((code) => ({
      region: { code }, programCount: 2, coverage: 'REGENCY', remote: false, hasData: false, need: null,
      programs: [reach('digital-aceh', 'REGENCY', '11.01'), reach('digital-nasional', 'NATIONAL', 'ID')],
    })));
  });

  it('gives each program its own nearest way: a district covered directly and through its province', async () => {
    // 11.01.01: miskin-desa covers it (DIRECT), bantuan-aceh through 11 (PROVINCE). 11.01.02: only bantuan-aceh.
    const result = await gaps({ theme: 'kemiskinan', level: 'DISTRICT', within: '11', minPrograms: 3 });
    expect(result.nodes.map((n) => [n.region.code, n.programCount, n.coverage, n.programs])).toEqual([
      ['11.01.02', 1, 'PROVINCE', [reach('bantuan-aceh', 'PROVINCE', '11')]],
      ['11.01.01', 2, 'DIRECT', [reach('miskin-desa', 'DIRECT', '11.01.01'), reach('bantuan-aceh', 'PROVINCE', '11')]],
    ]);
    // With the default minPrograms 1 both are reached: no gap.
    expect((await gaps({ theme: 'kemiskinan', level: 'DISTRICT', within: '11' })).totalCount).toBe(0);
  });

  it('keeps only remote regions with remoteOnly, and only regions within a province with within', async () => {
    const remote = await gaps({ theme: 'kemiskinan', minPrograms: 2, remoteOnly: true });
    expect(codes(remote)).toEqual(['53.02', '11.01']);
    const ntt = await gaps({ theme: 'kemiskinan', within: '53' });
    expect(codes(ntt)).toEqual(['53.02', '53.01', '53.03']);
    // `within` at the level asked is the region itself.
    const province = await gaps({ theme: 'kemiskinan', level: 'PROVINCE', within: '53' });
    expect(province.nodes).toEqual([{ region: { code: '53' }, programCount: 0, coverage: 'NONE', remote: true, hasData: false, programs: [], need: null }]);
  });

  it('pages with the region code as cursor', async () => {
    const first = await gaps({ theme: 'kemiskinan', minPrograms: 2, first: 3 });
    expect(codes(first)).toEqual(['32.02', '53.02', '53.01']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await gaps({ theme: 'kemiskinan', minPrograms: 2, first: 3, after: first.pageInfo.endCursor });
    expect(codes(second)).toEqual(['53.03', '11.02', '32.01']);
    const third = await gaps({ theme: 'kemiskinan', minPrograms: 2, first: 3, after: second.pageInfo.endCursor });
    expect(codes(third)).toEqual(['11.01']);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(third.totalCount).toBe(7);
  });

  it('a theme with no program at all leaves every region a gap', async () => {
    const result = await gaps({ theme: 'kosong', level: 'PROVINCE' });
    expect(result.nodes.map((n) => [n.region.code, n.coverage, n.remote])).toEqual([['11', 'NONE', true], ['53', 'NONE', true], ['32', 'NONE', false]]);
  });

  it('refuses an unknown theme or region, a level above within and a minPrograms below 1', async () => {
    const errorOf = async (vars: Record<string, unknown>) => {
      const { errors } = await api.run(GAPS, vars);
      return errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    };
    expect(await errorOf({ theme: 'nope' })).toEqual([['NOT_FOUND', 'theme']]);
    expect(await errorOf({ theme: 'kemiskinan', within: '99' })).toEqual([['NOT_FOUND', 'within']]);
    expect(await errorOf({ theme: 'kemiskinan', level: 'PROVINCE', within: '11.01' })).toEqual([['BAD_USER_INPUT', 'level']]);
    expect(await errorOf({ theme: 'kemiskinan', minPrograms: 0 })).toEqual([['BAD_USER_INPUT', 'minPrograms']]);
    const { errors } = await api.run(GAPS, { theme: 'kemiskinan', level: 'PROVINCE', within: '11.01' });
    expect(errors?.[0]?.message).toContain('no PROVINCE region lies within 11.01, which is a REGENCY');
  });
});
