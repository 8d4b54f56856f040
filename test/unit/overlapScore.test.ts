import { describe, expect, it } from 'vitest';
import {
  compareOverlaps, overlapKey, overlapKind, overlapScore, rankOverlaps, regionShare, yearOverlap,
  type OverlapCandidate,
} from '../../src/modules/analysis/programOverlaps/programOverlaps.js';
import { pageOf } from '../../src/modules/shared/paging.js';
import { mandateOverlapKey, type MandateOverlap } from '../../src/modules/analysis/mandateOverlaps/mandateOverlaps.js';

const span = (startYear: number | null, endYear: number | null) => ({ startYear, endYear });

describe('yearOverlap', () => {
  it('counts both ends: 2020-2024 against 2022-2026 share 2022-2024, 3 of 5 years', () => {
    expect(yearOverlap(span(2020, 2024), span(2022, 2026), 2025)).toEqual({ years: { from: 2022, to: 2024 }, yearShare: 0.6 });
  });

  it('gives ranges that touch one year: 2020-2022 and 2022-2024 share 2022, 1 of 3 years', () => {
    const result = yearOverlap(span(2020, 2022), span(2022, 2024), 2025);
    expect(result?.years).toEqual({ from: 2022, to: 2022 });
    expect(result?.yearShare).toBeCloseTo(1 / 3, 12);
  });

  it('finds no overlap between ranges that do not touch, however close', () => {
    expect(yearOverlap(span(2015, 2018), span(2019, 2023), 2025)).toBeNull();
    expect(yearOverlap(span(2025, null), span(2019, 2023), 2025)).toBeNull();
  });

  it('runs an open end up to the current year for the share, and leaves `to` open', () => {
    // 2020-open against 2022-2030 in 2025: overlap 2022..2025 = 4 years; the open one counts 2020..2025 = 6,
    // the other 9: the shorter is 6, so 4/6.
    const result = yearOverlap(span(2020, null), span(2022, 2030), 2025);
    expect(result?.years).toEqual({ from: 2022, to: 2030 });
    expect(result?.yearShare).toBeCloseTo(4 / 6, 12);
    // Both open: `to` stays null. 2020-open and 2023-open in 2025: 2023..2025 = 3 years of the shorter 3.
    expect(yearOverlap(span(2020, null), span(2023, null), 2025)).toEqual({ years: { from: 2023, to: null }, yearShare: 1 });
    // 2023-open against 2020-2024 in 2026: overlap 2023..2024 = 2 years; the open one counts
    // 2023..2026 = 4, the other 5: 2/4.
    expect(yearOverlap(span(2023, null), span(2020, 2024), 2026)).toEqual({ years: { from: 2023, to: 2024 }, yearShare: 0.5 });
  });

  it('counts a program that has not begun yet as at least its first year', () => {
    // 2030-open and 2028-open in 2025: the horizon is the later start, 2030: 1 year of the shorter 1.
    expect(yearOverlap(span(2030, null), span(2028, null), 2025)).toEqual({ years: { from: 2030, to: null }, yearShare: 1 });
  });

  it('reads a missing start as "since always": the other program\'s start is taken', () => {
    // ?-2022 against 2020-2024: 2020..2022 = 3 years, the first counts 3 (2020..2022): 3/3.
    expect(yearOverlap(span(null, 2022), span(2020, 2024), 2025)).toEqual({ years: { from: 2020, to: 2022 }, yearShare: 1 });
    // ?-2022 against 2023-2024: no common year.
    expect(yearOverlap(span(null, 2022), span(2023, 2024), 2025)).toBeNull();
    // Both since always: the one that ends first lies wholly in the other.
    expect(yearOverlap(span(null, 2022), span(null, null), 2025)).toEqual({ years: { from: null, to: 2022 }, yearShare: 1 });
  });
});

describe('regionShare, overlapScore, overlapKind', () => {
  it('takes the larger share of covered regions that meet the other side', () => {
    expect(regionShare(1, 1, 1, 11)).toBe(1);
    // 1 of 2 against 1 of 3: 0.5.
    expect(regionShare(1, 2, 1, 3)).toBe(0.5);
    expect(regionShare(0, 0, 0, 0)).toBe(0);
  });

  it('multiplies the three parts and rounds to 3 decimals', () => {
    // 0.5 x 1 x 0.6 = 0.3; 1 x 1 x 1/3 = 0.333...; 0.5 x 0.5 x 0.25 = 0.0625 -> 0.063.
    expect(overlapScore(0.5, 1, 0.6)).toBe(0.3);
    expect(overlapScore(1, 1, 1 / 3)).toBe(0.333);
    expect(overlapScore(0.5, 0.5, 0.25)).toBe(0.063);
  });

  it('names the kind after the sides that hold a mandate', () => {
    expect(overlapKind(true, true)).toBe('MANDATED');
    expect(overlapKind(true, false)).toBe('PARTLY_MANDATED');
    expect(overlapKind(false, true)).toBe('PARTLY_MANDATED');
    expect(overlapKind(false, false)).toBe('DUPLICATE');
  });
});

const program = (id: string, startYear: number | null, endYear: number | null) => ({
  id, name: id, description: null, track: 'OTHER' as const, status: 'ACTIVE' as const, startYear, endYear, sourceRefs: [], sourceTitles: [],
});
const mandate = (id: string) => ({ id, title: id, legalBasis: null, sourceRefs: [], sourceTitles: [] });

function candidate(first: ReturnType<typeof program>, second: ReturnType<typeof program>, parts: Partial<OverlapCandidate> = {}): OverlapCandidate {
  return {
    first, second, firstRunners: [], secondRunners: [], firstMandates: [], secondMandates: [],
    themeMatch: 1, sharedThemes: [], firstCovered: 1, secondCovered: 1, firstMeeting: 1, secondMeeting: 1,
    sharedRegions: [], sharedIndicators: [], sameAgency: false, ...parts,
  };
}

describe('rankOverlaps and pageOf', () => {
  // a|b: 1 x 1 x 1 = 1.  a|c: 0.5 x 1 x 1 = 0.5.  b|c: 1 x (1 of 2) x 1 = 0.5.
  // a|d: years 2010-2012 against 2020-2024 do not meet: dropped.
  const pairs = [
    candidate(program('b', 2020, 2024), program('c', 2020, 2024), { firstCovered: 2, secondCovered: 2, secondMeeting: 1, firstMeeting: 1 }),
    candidate(program('a', 2020, 2024), program('c', 2020, 2024), { themeMatch: 0.5, firstMandates: [mandate('m')] }),
    candidate(program('a', 2020, 2024), program('b', 2021, 2022), { firstMandates: [mandate('m')], secondMandates: [mandate('n')] }),
    candidate(program('a', 2010, 2012), program('d', 2020, 2024)),
  ];

  it('scores, drops pairs whose years do not meet, and sorts by score then by key', () => {
    const ranked = rankOverlaps(pairs, 0, 2025);
    expect(ranked.map((overlap) => [overlapKey(overlap), overlap.score, overlap.kind])).toEqual([
      ['a|b', 1, 'MANDATED'],
      ['a|c', 0.5, 'PARTLY_MANDATED'],
      ['b|c', 0.5, 'DUPLICATE'],
    ]);
    expect(ranked[0]!.years).toEqual({ from: 2021, to: 2022 });
    expect(compareOverlaps(ranked[1]!, ranked[2]!)).toBeLessThan(0);
  });

  it('keeps scores at or above minScore', () => {
    expect(rankOverlaps(pairs, 0.6, 2025).map(overlapKey)).toEqual(['a|b']);
    expect(rankOverlaps(pairs, 0.5, 2025).map(overlapKey)).toEqual(['a|b', 'a|c', 'b|c']);
  });

  it('cuts pages the way the list statements do', () => {
    const rows = ['p', 'q', 'r', 's'];
    const key = (row: string) => row;
    expect(pageOf(rows, 2, null, key)).toEqual({ totalCount: 4, start: 0, nodes: ['p', 'q', 'r'] });
    expect(pageOf(rows, 2, 'q', key)).toEqual({ totalCount: 4, start: 2, nodes: ['r', 's'] });
    expect(pageOf(rows, 2, 'gone', key)).toEqual({ totalCount: 4, start: null, nodes: [] });
  });
});

describe('mandateOverlapKey', () => {
  it('joins the agency ids, then the theme ids', () => {
    const holding = (agency: string, theme: string) => ({
      agency: { id: agency }, theme: { id: theme }, mandate: { id: 'm' }, regulations: [],
    }) as unknown as MandateOverlap['first'];
    expect(mandateOverlapKey({ sameTheme: false, first: holding('x', 'digital'), second: holding('a', 'layanan') })).toBe('x|a|digital|layanan');
  });
});
