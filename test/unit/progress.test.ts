import { describe, expect, it } from 'vitest';
import { progressStatus } from '../../src/modules/analysis/indicatorProgress/indicatorProgress.js';
import { compareGaps, levelFitsWithin, worstNeed } from '../../src/modules/analysis/coverageGaps/coverageGaps.js';
import { buildMatrix, orderColumns, type Column } from '../../src/modules/analysis/responsibilityMatrix/responsibilityMatrix.js';
import type { AgencyRecord, IndicatorRecord, ThemeRecord } from '../../src/model/records.js';

const none = { sourceRefs: [], sourceTitles: [] };

describe('progressStatus', () => {
  it('tells a missing actual from a missing target', () => {
    expect(progressStatus('HIGHER_IS_BETTER', 10, null, 0.05)).toBe('NO_ACTUAL');
    expect(progressStatus('HIGHER_IS_BETTER', null, 10, 0.05)).toBe('NO_TARGET');
    expect(progressStatus('LOWER_IS_BETTER', null, null, 0.05)).toBe('NO_ACTUAL');
  });

  it('is off track only below 1 - tolerance', () => {
    // 94 / 100 = 0.94 < 0.95; 95 / 100 = 0.95 is the boundary, on track.
    expect(progressStatus('HIGHER_IS_BETTER', 100, 94, 0.05)).toBe('OFF_TRACK');
    expect(progressStatus('HIGHER_IS_BETTER', 100, 95, 0.05)).toBe('ON_TRACK');
    // Lower is better: 10 / 12 = 0.833 off; 10 / 8 = 1.25 on.
    expect(progressStatus('LOWER_IS_BETTER', 10, 12, 0.05)).toBe('OFF_TRACK');
    expect(progressStatus('LOWER_IS_BETTER', 10, 8, 0.05)).toBe('ON_TRACK');
  });

  it('keeps the boundary on track where floating point lands just below it', () => {
    // 0.3 / 1 = 0.3 while 1 - 0.7 = 0.30000000000000004 in floating point.
    expect(0.3 < 1 - 0.7).toBe(true);
    expect(progressStatus('HIGHER_IS_BETTER', 1, 0.3, 0.7)).toBe('ON_TRACK');
    expect(progressStatus('HIGHER_IS_BETTER', 1, 0.299, 0.7)).toBe('OFF_TRACK');
  });

  it('with a zero denominator compares actual and target directly', () => {
    // Higher is better, target 0: achievement has no value; 3 >= 0 is on track, -1 is not.
    expect(progressStatus('HIGHER_IS_BETTER', 0, 3, 0.05)).toBe('ON_TRACK');
    expect(progressStatus('HIGHER_IS_BETTER', 0, -1, 0.05)).toBe('OFF_TRACK');
    // Lower is better, actual 0: as good as it gets.
    expect(progressStatus('LOWER_IS_BETTER', 5, 0, 0.05)).toBe('ON_TRACK');
  });
});

const indicator = (id: string, direction: IndicatorRecord['direction']): IndicatorRecord => ({ id, name: id, unit: '%', direction, ...none });

describe('worstNeed', () => {
  const indicators = new Map([
    ['up', indicator('up', 'HIGHER_IS_BETTER')],
    ['down', indicator('down', 'LOWER_IS_BETTER')],
  ]);

  it('picks the largest shortfall, by direction', () => {
    // up: (100 - 80) / 100 = 0.2; down: (13 - 10) / 10 = 0.3.
    const need = worstNeed([
      { indicator: 'up', year: 2024, target: 100, actual: 80 },
      { indicator: 'down', year: 2023, target: 10, actual: 13 },
    ], indicators);
    expect(need).toMatchObject({ indicator: { id: 'down' }, year: 2023, shortfall: 0.3 });
  });

  it('ranks an actual without a target after any number, even one ahead of target', () => {
    // up: (100 - 120) / 100 = -0.2 (ahead) still beats a null shortfall.
    const need = worstNeed([
      { indicator: 'down', year: 2024, target: null, actual: 5 },
      { indicator: 'up', year: 2024, target: 100, actual: 120 },
    ], indicators);
    expect(need).toMatchObject({ indicator: { id: 'up' }, shortfall: -0.2 });
    expect(worstNeed([{ indicator: 'down', year: 2024, target: null, actual: 5 }], indicators))
      .toMatchObject({ indicator: { id: 'down' }, target: null, actual: 5, shortfall: null });
  });

  it('is null without any actual', () => {
    expect(worstNeed([], indicators)).toBeNull();
  });
});

describe('compareGaps', () => {
  const gap = (code: string, programCount: number, shortfall: number | null | undefined, remote = false) =>
    ({ code, programCount, remote, need: shortfall === undefined ? null : { shortfall } });

  it('sorts by programs, then shortfall (none last), then remote first, then code', () => {
    const sorted = [
      gap('05', 1, 0.9),
      gap('04', 0, null, false),
      gap('03', 0, undefined, true),
      gap('02', 0, 0.1),
      gap('01', 0, 0.5),
      gap('00', 0, undefined, false),
    ].sort(compareGaps);
    // count 0: 0.5, 0.1, then no number: remote 03, then 00 and 04 by code; then count 1.
    expect(sorted.map((g) => g.code)).toEqual(['01', '02', '03', '00', '04', '05']);
  });
});

describe('levelFitsWithin', () => {
  it('lets a level at or below the region asked through', () => {
    expect(levelFitsWithin('DISTRICT', 'COUNTRY')).toBe(true);
    expect(levelFitsWithin('PROVINCE', 'PROVINCE')).toBe(true);
    expect(levelFitsWithin('PROVINCE', 'REGENCY')).toBe(false);
    expect(levelFitsWithin('COUNTRY', 'PROVINCE')).toBe(false);
  });
});

const theme = (id: string, name: string): ThemeRecord => ({ id, name, description: null, ...none });
const agency = (id: string, name: string): AgencyRecord => ({ id, name, acronym: null, kind: 'MINISTRY', level: 'NATIONAL', ...none });

describe('buildMatrix', () => {
  const a = agency('a', 'Beta');
  const b = agency('b', 'Alpha');
  const columns: Column[] = [
    { theme: theme('t1', 'Zeta'), programCount: 2, led: true, participations: [
      { agency: a, program: 'p1', roles: ['LEAD', 'SUPPORTER'] },
      { agency: a, program: 'p2', roles: ['SUPPORTER'] },
      { agency: b, program: 'p1', roles: ['IMPLEMENTER'] },
    ] },
    { theme: theme('t2', 'Alpha'), programCount: 1, led: false, participations: [
      { agency: a, program: 'p2', roles: ['FUNDER'] },
      { agency: b, program: 'p3', roles: ['IMPLEMENTER'] },
    ] },
    { theme: theme('t3', 'Mid'), programCount: 0, led: false, participations: [] },
  ];

  it('counts distinct programs per cell and per row, roles in their fixed order', () => {
    const matrix = buildMatrix(columns);
    // a: p1, p2 (t1) and p2 (t2): 2 distinct. b: p1 (t1) and p3 (t2): 2 distinct; tie broken by name: Alpha (b) first.
    expect(matrix.rows.map((r) => [r.agency.id, r.programCount])).toEqual([['b', 2], ['a', 2]]);
    expect(matrix.rows[1]!.cells).toEqual([
      { theme: columns[0]!.theme, programCount: 2, roles: [{ role: 'LEAD', count: 1 }, { role: 'SUPPORTER', count: 2 }] },
      { theme: columns[1]!.theme, programCount: 1, roles: [{ role: 'FUNDER', count: 1 }] },
    ]);
    expect(matrix.themesWithoutLead.map((t) => t.id)).toEqual(['t2', 't3']);
  });

  it('orders columns as asked, dropping repeats, or by name', () => {
    expect(orderColumns(columns, ['t3', 't1', 't3']).map((c) => c.theme.id)).toEqual(['t3', 't1']);
    expect(orderColumns(columns, null).map((c) => c.theme.id)).toEqual(['t2', 't3', 't1']);
  });
});
