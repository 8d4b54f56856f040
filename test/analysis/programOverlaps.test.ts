import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { testApi, type TestApi } from '../support/api.js';
import { findProgramOverlaps, overlapKey } from '../../src/modules/analysis/programOverlaps/programOverlaps.js';

/*
 * Fixture (the year is fixed at 2025 for the API: open ends count up to 2025).
 *
 * Themes: digital <- layanan-digital (sub-theme); kemiskinan (apart).
 * Regions: ID <- 32 JAWA BARAT <- 32.73 KOTA BANDUNG, 32.04 KABUPATEN BANDUNG;
 *          ID <- 11 ACEH <- 11.01 KABUPATEN SIMEULUE; ID <- 31 DKI JAKARTA.
 * Mandates: kominfo holds mandat-kominfo-digital (digital); pemkot-bandung holds
 *           mandat-kota-layanan (layanan-digital); pemprov-jabar holds mandat-jabar-miskin (kemiskinan).
 *
 * Programs (theme; covers; years; participants -> runners):
 *   aceh-digital      digital          11.01         2015-2018  LEAD pemprov-aceh -> pemprov-aceh
 *   bandung-layanan   layanan-digital  32.73         2022-2026  LEAD pemkot-bandung, SUPPORTER kominfo -> pemkot-bandung
 *   bandung-miskin    kemiskinan       32.73         2020-2025  LEAD pemkot-bandung
 *   bandung-terpadu   digital          32.73, 31     2025-open  IMPLEMENTER pemkot-bandung, pemkab-bandung (no lead) -> both
 *   jabar-digital     digital          32, 11.01     2023-open  LEAD pemprov-jabar, IMPLEMENTER pemkot-bandung -> pemprov-jabar
 *   nasional-digital  digital          ID            2019-2023  LEAD kominfo -> kominfo
 * Indicator ind-digital measures bandung-layanan and nasional-digital.
 *
 * Pairs worked by hand (themeMatch x regionShare x yearShare):
 *   bandung-layanan|jabar-digital: sub-theme 0.5; 32.73 lies in 32: layanan 1 of 1 -> 1;
 *     years 2023..2026 (to = 2026), open end to 2025: overlap 2023..2025 = 3, jabar 3 years -> 1;
 *     score 0.5. Runner pemkot-bandung holds a mandate on layanan-digital (the shared theme),
 *     pemprov-jabar none on it -> PARTLY_MANDATED.
 *   bandung-terpadu|jabar-digital: same theme 1; terpadu: 32.73 meets, 31 not -> 1/2; jabar: 32
 *     meets, 11.01 not -> 1/2; regionShare 0.5; years 2025..open (to = null): 1 year of terpadu's 1
 *     -> 1; score 0.5. pemkot-bandung's mandate is on a sub-theme of digital, not above it -> DUPLICATE.
 *   jabar-digital|nasional-digital: 1; 32 and 11.01 both lie in ID -> 1; shared regions 11.01, 32;
 *     years touch in 2023: 1 year; jabar counts 2023..2025 = 3 -> 1/3; score 0.333.
 *     kominfo holds mandat-kominfo-digital -> PARTLY_MANDATED (second side).
 *   bandung-layanan|nasional-digital (national against a regency): 0.5; shared region 32.73 (the
 *     regency), 1 of 1 -> 1; years 2022..2023 = 2 of 5 -> 0.4; score 0.2. kominfo's mandate is on
 *     digital, above layanan-digital -> both mandated: MANDATED. Shared indicator ind-digital.
 *   Left out: bandung-layanan|bandung-terpadu (runners share pemkot-bandung; with the flag:
 *     0.5 x 1 x 1 = 0.5: 32.73 is 1 of 1 of layanan's, years 2025..2026, 1 year of terpadu's 1);
 *     aceh-digital|nasional-digital (2015-2018 and 2019-2023 do not touch); bandung-terpadu|
 *     nasional-digital (2025-open and 2019-2023 do not touch); aceh-digital|jabar-digital (2015-2018
 *     against 2023-open); aceh with the Bandung programs (no shared region); bandung-miskin (no
 *     other program on kemiskinan).
 * Sorted: 0.5 bandung-layanan|jabar-digital, 0.5 bandung-terpadu|jabar-digital (tie: by key),
 *         0.333 jabar-digital|nasional-digital, 0.2 bandung-layanan|nasional-digital.
 */
const FIXTURE = `
CREATE (digital:Theme {id: 'digital', name: 'Digitalisasi'})
CREATE (layanan:Theme {id: 'layanan-digital', name: 'Layanan digital'})-[:PART_OF]->(digital)
CREATE (miskin:Theme {id: 'kemiskinan', name: 'Kemiskinan'})
CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY'})
CREATE (jabar:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE'})-[:PART_OF]->(id)
CREATE (kotaBdg:Region {code: '32.73', name: 'KOTA BANDUNG', level: 'REGENCY', isCity: true})-[:PART_OF]->(jabar)
CREATE (kabBdg:Region {code: '32.04', name: 'KABUPATEN BANDUNG', level: 'REGENCY', isCity: false})-[:PART_OF]->(jabar)
CREATE (aceh:Region {code: '11', name: 'ACEH', level: 'PROVINCE'})-[:PART_OF]->(id)
CREATE (simeulue:Region {code: '11.01', name: 'KABUPATEN SIMEULUE', level: 'REGENCY', isCity: false})-[:PART_OF]->(aceh)
CREATE (dki:Region {code: '31', name: 'DKI JAKARTA', level: 'PROVINCE'})-[:PART_OF]->(id)
CREATE (kominfo:Agency {id: 'kominfo', name: 'Kementerian Komunikasi dan Digital', kind: 'MINISTRY', level: 'NATIONAL'})
CREATE (pemkot:Agency {id: 'pemkot-bandung', name: 'Pemerintah Kota Bandung', kind: 'CITY_GOVERNMENT', level: 'LOCAL'})
CREATE (pemkab:Agency {id: 'pemkab-bandung', name: 'Pemerintah Kabupaten Bandung', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL'})
CREATE (pemprov:Agency {id: 'pemprov-jabar', name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL'})
CREATE (pemaceh:Agency {id: 'pemprov-aceh', name: 'Pemerintah Provinsi Aceh', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL'})
CREATE (kominfo)-[:HOLDS]->(:Mandate {id: 'mandat-kominfo-digital', title: 'Transformasi digital'})-[:CONCERNS]->(digital)
CREATE (pemkot)-[:HOLDS]->(:Mandate {id: 'mandat-kota-layanan', title: 'Layanan digital kota'})-[:CONCERNS]->(layanan)
CREATE (pemprov)-[:HOLDS]->(:Mandate {id: 'mandat-jabar-miskin', title: 'Penanggulangan kemiskinan'})-[:CONCERNS]->(miskin)
CREATE (pAceh:Program {id: 'aceh-digital', name: 'Aceh Digital', track: 'RB_THEMATIC', status: 'COMPLETED', startYear: 2015, endYear: 2018})
CREATE (pLayanan:Program {id: 'bandung-layanan', name: 'Layanan Digital Bandung', track: 'RB_THEMATIC', status: 'ACTIVE', startYear: 2022, endYear: 2026})
CREATE (pMiskin:Program {id: 'bandung-miskin', name: 'Bandung Tanpa Kemiskinan', track: 'RB_THEMATIC', status: 'ACTIVE', startYear: 2020, endYear: 2025})
CREATE (pTerpadu:Program {id: 'bandung-terpadu', name: 'Bandung Raya Terpadu', track: 'OTHER', status: 'PLANNED', startYear: 2025})
CREATE (pJabar:Program {id: 'jabar-digital', name: 'Jabar Digital', track: 'RB_THEMATIC', status: 'ACTIVE', startYear: 2023})
CREATE (pNasional:Program {id: 'nasional-digital', name: 'Digital Nasional', track: 'RB_GENERAL', status: 'COMPLETED', startYear: 2019, endYear: 2023})
CREATE (pAceh)-[:ADDRESSES]->(digital), (pAceh)-[:COVERS]->(simeulue), (pemaceh)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pAceh)
CREATE (pLayanan)-[:ADDRESSES]->(layanan), (pLayanan)-[:COVERS]->(kotaBdg),
       (pemkot)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pLayanan), (kominfo)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(pLayanan)
CREATE (pMiskin)-[:ADDRESSES]->(miskin), (pMiskin)-[:COVERS]->(kotaBdg), (pemkot)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pMiskin)
CREATE (pTerpadu)-[:ADDRESSES]->(digital), (pTerpadu)-[:COVERS]->(kotaBdg), (pTerpadu)-[:COVERS]->(dki),
       (pemkot)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pTerpadu), (pemkab)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pTerpadu)
CREATE (pJabar)-[:ADDRESSES]->(digital), (pJabar)-[:COVERS]->(jabar), (pJabar)-[:COVERS]->(simeulue),
       (pemprov)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pJabar), (pemkot)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pJabar)
CREATE (pNasional)-[:ADDRESSES]->(digital), (pNasional)-[:COVERS]->(id), (kominfo)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pNasional)
CREATE (ind:Indicator {id: 'ind-digital', name: 'Indeks layanan digital', unit: 'indeks', direction: 'HIGHER_IS_BETTER'})
CREATE (pLayanan)-[:MEASURED_BY]->(ind), (pNasional)-[:MEASURED_BY]->(ind)
`;

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(FIXTURE);
  api = await testApi(db.executor);
  // The resolver takes the current year from the clock: fix it (Date only, timers stay real).
  vi.setSystemTime(new Date('2025-06-15T00:00:00Z'));
});

afterAll(async () => {
  vi.useRealTimers();
  await api.stop();
  await db.close();
});

const OVERLAPS = `query ($filter: ProgramOverlapFilter, $first: Int, $after: String) {
  programOverlaps(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    rule
    nodes {
      first { program { id } agencies { id } mandated mandates { id } }
      second { program { id } agencies { id } mandated mandates { id } }
      score themeMatch regionShare yearShare
      sharedThemes { id } sharedRegions { code } years { from to } sharedIndicators { id } kind
    }
  }
}`;

interface Side { program: { id: string }; agencies: Array<{ id: string }>; mandated: boolean; mandates: Array<{ id: string }> }
interface Overlap {
  first: Side; second: Side; score: number; themeMatch: number; regionShare: number; yearShare: number;
  sharedThemes: Array<{ id: string }>; sharedRegions: Array<{ code: string }>; years: { from: number | null; to: number | null };
  sharedIndicators: Array<{ id: string }>; kind: string;
}
interface Connection {
  totalCount: number; rule: string; nodes: Overlap[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

async function overlaps(variables: Record<string, unknown> = {}): Promise<Connection> {
  return (await api.ok<{ programOverlaps: Connection }>(OVERLAPS, variables)).programOverlaps;
}
const keys = (connection: Connection) => connection.nodes.map((n) => `${n.first.program.id}|${n.second.program.id}`);

describe('programOverlaps', () => {
  it('finds the pairs of different agencies with their evidence, best score first', async () => {
    const result = await overlaps();
    expect(result.totalCount).toBe(4);
    expect(result.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, endCursor: expect.any(String) });
    expect(result.rule).toContain('score = themeMatch × regionShare × yearShare');
    expect(result.nodes).toEqual([
      {
        first: { program: { id: 'bandung-layanan' }, agencies: [{ id: 'pemkot-bandung' }], mandated: true, mandates: [{ id: 'mandat-kota-layanan' }] },
        second: { program: { id: 'jabar-digital' }, agencies: [{ id: 'pemprov-jabar' }], mandated: false, mandates: [] },
        // 0.5 (sub-theme) x 1 x 1 (2023..2025 of jabar's 2023..2025)
        score: 0.5, themeMatch: 0.5, regionShare: 1, yearShare: 1,
        sharedThemes: [{ id: 'layanan-digital' }], sharedRegions: [{ code: '32.73' }], years: { from: 2023, to: 2026 },
        sharedIndicators: [], kind: 'PARTLY_MANDATED',
      },
      {
        first: { program: { id: 'bandung-terpadu' }, agencies: [{ id: 'pemkab-bandung' }, { id: 'pemkot-bandung' }], mandated: false, mandates: [] },
        second: { program: { id: 'jabar-digital' }, agencies: [{ id: 'pemprov-jabar' }], mandated: false, mandates: [] },
        // 1 x max(1/2, 1/2) x 1 (2025 of terpadu's 2025)
        score: 0.5, themeMatch: 1, regionShare: 0.5, yearShare: 1,
        sharedThemes: [{ id: 'digital' }], sharedRegions: [{ code: '32.73' }], years: { from: 2025, to: null },
        sharedIndicators: [], kind: 'DUPLICATE',
      },
      {
        first: { program: { id: 'jabar-digital' }, agencies: [{ id: 'pemprov-jabar' }], mandated: false, mandates: [] },
        second: { program: { id: 'nasional-digital' }, agencies: [{ id: 'kominfo' }], mandated: true, mandates: [{ id: 'mandat-kominfo-digital' }] },
        // 1 x 1 x 1/3 (they touch in 2023: 1 year of jabar's 2023..2025)
        score: 0.333, themeMatch: 1, regionShare: 1, yearShare: expect.closeTo(1 / 3, 12),
        sharedThemes: [{ id: 'digital' }], sharedRegions: [{ code: '11.01' }, { code: '32' }], years: { from: 2023, to: 2023 },
        sharedIndicators: [], kind: 'PARTLY_MANDATED',
      },
      {
        first: { program: { id: 'bandung-layanan' }, agencies: [{ id: 'pemkot-bandung' }], mandated: true, mandates: [{ id: 'mandat-kota-layanan' }] },
        second: { program: { id: 'nasional-digital' }, agencies: [{ id: 'kominfo' }], mandated: true, mandates: [{ id: 'mandat-kominfo-digital' }] },
        // national against a regency: shared region is the regency, regionShare 1; 0.5 x 1 x 2/5
        score: 0.2, themeMatch: 0.5, regionShare: 1, yearShare: 0.4,
        sharedThemes: [{ id: 'layanan-digital' }], sharedRegions: [{ code: '32.73' }], years: { from: 2022, to: 2023 },
        sharedIndicators: [{ id: 'ind-digital' }], kind: 'MANDATED',
      },
    ]);
  });

  it('leaves out pairs run by the same agency unless asked, and never pairs years that do not touch', async () => {
    const withSame = await overlaps({ filter: { includeSameAgency: true } });
    // bandung-layanan|bandung-terpadu: 0.5 x 1 x 1 = 0.5, ties with two others and sorts first by key.
    expect(keys(withSame)).toEqual([
      'bandung-layanan|bandung-terpadu', 'bandung-layanan|jabar-digital', 'bandung-terpadu|jabar-digital',
      'jabar-digital|nasional-digital', 'bandung-layanan|nasional-digital',
    ]);
    expect(withSame.nodes[0]).toMatchObject({
      score: 0.5, themeMatch: 0.5, regionShare: 1, yearShare: 1, years: { from: 2025, to: 2026 },
      first: { agencies: [{ id: 'pemkot-bandung' }] }, second: { agencies: [{ id: 'pemkab-bandung' }, { id: 'pemkot-bandung' }] },
    });
    expect(keys(withSame)).not.toContain('aceh-digital|nasional-digital');
    expect(keys(withSame)).not.toContain('bandung-terpadu|nasional-digital');
  });

  it('counts open ends up to the current year it is given', async () => {
    // In 2026 jabar-digital runs 2023..2026 = 4 years: jabar|nasional 1 x 1 x 1/4 = 0.25.
    const page = await findProgramOverlaps(db.executor,
      { theme: null, region: null, agency: null, minScore: 0, includeSameAgency: false }, { first: 10, after: null }, 2026);
    expect(page.nodes.map((o) => [overlapKey(o), o.score])).toEqual([
      ['bandung-layanan|jabar-digital', 0.5], ['bandung-terpadu|jabar-digital', 0.5],
      ['jabar-digital|nasional-digital', 0.25], ['bandung-layanan|nasional-digital', 0.2],
    ]);
  });

  it('filters by region: shared regions within the region or containing it', async () => {
    // 11.01 lies in ACEH (11): only jabar|nasional shares a region there.
    expect(keys(await overlaps({ filter: { region: '11' } }))).toEqual(['jabar-digital|nasional-digital']);
    // KABUPATEN BANDUNG (32.04): jabar|nasional shares 32, which contains it; the others share only 32.73.
    expect(keys(await overlaps({ filter: { region: '32.04' } }))).toEqual(['jabar-digital|nasional-digital']);
    // DKI JAKARTA (31): bandung-terpadu covers it, but no pair shares it.
    expect((await overlaps({ filter: { region: '31' } })).totalCount).toBe(0);
  });

  it('filters by theme (with sub-themes), by agency (any role) and by minScore', async () => {
    expect(keys(await overlaps({ filter: { theme: 'layanan-digital' } }))).toEqual(['bandung-layanan|jabar-digital', 'bandung-layanan|nasional-digital']);
    expect((await overlaps({ filter: { theme: 'digital' } })).totalCount).toBe(4);
    // kominfo leads nasional-digital and only supports bandung-layanan: both count.
    expect(keys(await overlaps({ filter: { agency: 'kominfo' } }))).toEqual([
      'bandung-layanan|jabar-digital', 'jabar-digital|nasional-digital', 'bandung-layanan|nasional-digital',
    ]);
    expect(keys(await overlaps({ filter: { agency: 'pemkab-bandung' } }))).toEqual(['bandung-terpadu|jabar-digital']);
    expect(keys(await overlaps({ filter: { minScore: 0.333 } }))).toEqual([
      'bandung-layanan|jabar-digital', 'bandung-terpadu|jabar-digital', 'jabar-digital|nasional-digital',
    ]);
    expect((await overlaps({ filter: { minScore: 0.6 } })).totalCount).toBe(0);
  });

  it('gives an empty result for a theme nobody else works on', async () => {
    // bandung-miskin is the only program on kemiskinan.
    const result = await overlaps({ filter: { theme: 'kemiskinan' } });
    expect(result).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, endCursor: null } });
  });

  it('pages with first and after', async () => {
    const one = await overlaps({ first: 2 });
    expect(keys(one)).toEqual(['bandung-layanan|jabar-digital', 'bandung-terpadu|jabar-digital']);
    expect(one.totalCount).toBe(4);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await overlaps({ first: 2, after: one.pageInfo.endCursor });
    expect(keys(two)).toEqual(['jabar-digital|nasional-digital', 'bandung-layanan|nasional-digital']);
    expect(two.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses unknown ids as NOT_FOUND and bad values as BAD_USER_INPUT, naming the field', async () => {
    const unknownTheme = await api.run(OVERLAPS, { filter: { theme: 'tidak-ada' } });
    expect(unknownTheme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.theme' });
    const unknownRegion = await api.run(OVERLAPS, { filter: { region: '99' } });
    expect(unknownRegion.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.region' });
    const unknownAgency = await api.run(OVERLAPS, { filter: { agency: 'tidak-ada' } });
    expect(unknownAgency.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.agency' });
    const badScore = await api.run(OVERLAPS, { filter: { minScore: 1.5 } });
    expect(badScore.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minScore' });
    const badCursor = await api.run(OVERLAPS, { after: 'bm9wZQ' });
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('answers in one statement, nested evidence included', async () => {
    const result = await api.run(OVERLAPS);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
  });
});
