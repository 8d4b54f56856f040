import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

/**
 * Regions: ID > 11 > 11.01 ; ID > 32
 * Themes: digital > layanan ; lain
 * Programs (theme): spbe (digital) measured by ind-spbe and ind-waktu;
 *                   layanan-aceh (layanan, a sub-theme) measured by ind-layanan; lain-prog (lain) by ind-lain.
 * Indicators (name, direction) and measurements (region or national, year: target / actual):
 *   ind-spbe    "Indeks SPBE"            HIGHER: national 2023: 3 / 2.8, national 2024: 3.2 / -, 11 2024: 2 / 1.9, 32 2024: - / 2.5
 *   ind-lain    "Lainnya"                HIGHER: 11 2024: 4 / 1
 *   ind-layanan "Layanan terintegrasi"   HIGHER: 11.01 2024: 10 / 10
 *   ind-waktu   "Waktu layanan (hari)"   LOWER:  national 2024: 5 / 4, 11.01 2024: 5 / 8
 */
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})
      CREATE (r11:Region {code: '11', name: 'ACEH', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (r1101:Region {code: '11.01', name: 'KAB ACEH BESAR', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r11)
      CREATE (r32:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (digital:Theme {id: 'digital', name: 'Digital'})
      CREATE (layanan:Theme {id: 'layanan', name: 'Layanan'})-[:PART_OF]->(digital)
      CREATE (lain:Theme {id: 'lain', name: 'Lain'})
      CREATE (spbe:Program {id: 'spbe', name: 'SPBE', track: 'RB_GENERAL', status: 'ACTIVE'})-[:ADDRESSES]->(digital)
      CREATE (la:Program {id: 'layanan-aceh', name: 'Layanan Aceh', track: 'RB_THEMATIC', status: 'ACTIVE'})-[:ADDRESSES]->(layanan)
      CREATE (lp:Program {id: 'lain-prog', name: 'Program lain', track: 'OTHER', status: 'ACTIVE'})-[:ADDRESSES]->(lain)
      CREATE (spbeI:Indicator {id: 'ind-spbe', name: 'Indeks SPBE', unit: 'indeks', direction: 'HIGHER_IS_BETTER'})
      CREATE (lainI:Indicator {id: 'ind-lain', name: 'Lainnya', unit: 'unit', direction: 'HIGHER_IS_BETTER'})
      CREATE (layananI:Indicator {id: 'ind-layanan', name: 'Layanan terintegrasi', unit: 'layanan', direction: 'HIGHER_IS_BETTER'})
      CREATE (waktuI:Indicator {id: 'ind-waktu', name: 'Waktu layanan (hari)', unit: 'hari', direction: 'LOWER_IS_BETTER'})
      CREATE (spbe)-[:MEASURED_BY]->(spbeI), (spbe)-[:MEASURED_BY]->(waktuI), (la)-[:MEASURED_BY]->(layananI), (lp)-[:MEASURED_BY]->(lainI)
      WITH spbeI, lainI, layananI, waktuI, r11, r1101, r32
      UNWIND [
        [spbeI, null, 2023, 3, 2.8], [spbeI, null, 2024, 3.2, null], [spbeI, r11, 2024, 2, 1.9], [spbeI, r32, 2024, null, 2.5],
        [lainI, r11, 2024, 4, 1],
        [layananI, r1101, 2024, 10, 10],
        [waktuI, null, 2024, 5, 4], [waktuI, r1101, 2024, 5, 8]
      ] AS m
      WITH m[0] AS i, m[1] AS r, m[2] AS year, m[3] AS target, m[4] AS actual
      CREATE (i)-[:HAS_MEASUREMENT]->(x:Measurement {id: i.id + ':' + year + ':' + coalesce(r.code, ''), year: year, regionCode: r.code, target: target, actual: actual})
      FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | CREATE (x)-[:MEASURED_IN]->(r))
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const PROGRESS = `query ($program: ID, $theme: ID, $region: ID, $tolerance: Float) {
  indicatorProgress(program: $program, theme: $theme, region: $region, tolerance: $tolerance) {
    offTrackCount
    points { indicator { id } year region { code } target actual achievement status }
    rule
  }
}`;

type Point = { indicator: { id: string }; year: number; region: { code: string } | null; target: number | null; actual: number | null; achievement: number | null; status: string };
type Report = { offTrackCount: number; points: Point[]; rule: string };

const progress = async (vars: Record<string, unknown>) => (await api.ok<{ indicatorProgress: Report }>(PROGRESS, vars)).indicatorProgress;
const point = (indicator: string, year: number, region: string | null, target: number | null, actual: number | null, achievement: number | null, status: string): Point =>
  ({ indicator: { id: indicator }, year, region: region === null ? null : { code: region }, target, actual, achievement, status });
const brief = (report: Report) => report.points.map((p) => `${p.indicator.id} ${p.year} ${p.region?.code ?? 'national'} ${p.status}`);

describe('indicatorProgress', () => {
  it('gives a program its points with every status, national figures first', async () => {
    const report = await progress({ program: 'spbe' });
    expect(report.points).toEqual([
      // 2.8 / 3 = 0.9333 < 1 - 0.05 = 0.95: off track.
      point('ind-spbe', 2023, null, 3, 2.8, 0.933, 'OFF_TRACK'),
      point('ind-spbe', 2024, null, 3.2, null, null, 'NO_ACTUAL'),
      // 1.9 / 2 = 0.95, exactly 1 - tolerance: on track.
      point('ind-spbe', 2024, '11', 2, 1.9, 0.95, 'ON_TRACK'),
      point('ind-spbe', 2024, '32', null, 2.5, null, 'NO_TARGET'),
      // Lower is better: target / actual = 5 / 4 = 1.25 on track; 5 / 8 = 0.625 off track.
      point('ind-waktu', 2024, null, 5, 4, 1.25, 'ON_TRACK'),
      point('ind-waktu', 2024, '11.01', 5, 8, 0.625, 'OFF_TRACK'),
    ]);
    expect(report.offTrackCount).toBe(2);
    expect(report.rule).toContain('target / actual when lower is better');
  });

  it('moves the line with the tolerance', async () => {
    // tolerance 0.1: 0.9333 >= 0.9 is on track now; only 0.625 stays off.
    const loose = await progress({ program: 'spbe', tolerance: 0.1 });
    expect(loose.offTrackCount).toBe(1);
    expect(loose.points[0]!.status).toBe('ON_TRACK');
    // tolerance 0: 0.95 < 1 is off track too: 0.9333, 0.95 and 0.625.
    const strict = await progress({ program: 'spbe', tolerance: 0 });
    expect(strict.offTrackCount).toBe(3);
    // tolerance 1: nothing is below 0.
    expect((await progress({ program: 'spbe', tolerance: 1 })).offTrackCount).toBe(0);
  });

  it('takes the programs of a theme and its sub-themes', async () => {
    const report = await progress({ theme: 'digital' });
    // spbe's 6 points and layanan-aceh's (sub-theme) 1, by indicator name: Indeks SPBE, Layanan terintegrasi, Waktu layanan.
    expect(brief(report)).toEqual([
      'ind-spbe 2023 national OFF_TRACK', 'ind-spbe 2024 national NO_ACTUAL', 'ind-spbe 2024 11 ON_TRACK', 'ind-spbe 2024 32 NO_TARGET',
      'ind-layanan 2024 11.01 ON_TRACK',
      'ind-waktu 2024 national ON_TRACK', 'ind-waktu 2024 11.01 OFF_TRACK',
    ]);
    expect(report.points[4]).toEqual(point('ind-layanan', 2024, '11.01', 10, 10, 1, 'ON_TRACK'));
    expect(report.offTrackCount).toBe(2);
  });

  it('takes every indicator measured in a region and the regions below it', async () => {
    // 11 and 11.01; not 32 and not the national figures.
    const aceh = await progress({ region: '11' });
    expect(brief(aceh)).toEqual(['ind-spbe 2024 11 ON_TRACK', 'ind-lain 2024 11 OFF_TRACK', 'ind-layanan 2024 11.01 ON_TRACK', 'ind-waktu 2024 11.01 OFF_TRACK']);
    // ind-lain: 1 / 4 = 0.25.
    expect(aceh.points[1]).toEqual(point('ind-lain', 2024, '11', 4, 1, 0.25, 'OFF_TRACK'));
    expect(aceh.offTrackCount).toBe(2);
    // ID: everything, national figures included (8 measurements).
    const all = await progress({ region: 'ID' });
    expect(all.points).toHaveLength(8);
    expect(all.offTrackCount).toBe(3);
  });

  it('refuses anything but exactly one scope, a tolerance outside 0..1 and unknown ids', async () => {
    const fail = async (vars: Record<string, unknown>) => (await api.run(PROGRESS, vars)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await fail({})).toEqual([['BAD_USER_INPUT', 'program']]);
    const none = await api.run(PROGRESS, {});
    expect((none.errors?.[0]?.extensions?.issues as Array<{ field: string }>).map((i) => i.field)).toEqual(['program', 'theme', 'region']);
    expect(none.errors?.[0]?.message).toContain('give exactly one of program, theme or region');
    const two = await api.run(PROGRESS, { program: 'spbe', region: '11' });
    expect((two.errors?.[0]?.extensions?.issues as Array<{ field: string }>).map((i) => i.field)).toEqual(['program', 'region']);
    expect(await fail({ program: 'spbe', tolerance: 1.5 })).toEqual([['BAD_USER_INPUT', 'tolerance']]);
    expect(await fail({ program: 'spbe', tolerance: -0.1 })).toEqual([['BAD_USER_INPUT', 'tolerance']]);
    expect(await fail({ program: 'nope' })).toEqual([['NOT_FOUND', 'program']]);
    expect(await fail({ theme: 'nope' })).toEqual([['NOT_FOUND', 'theme']]);
    expect(await fail({ region: '99' })).toEqual([['NOT_FOUND', 'region']]);
  });
});
