import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import type { ListPage } from '../../nodes/listStore.js';
import { NotFoundError } from '../../../errors.js';
import {
  AgencyRecord, IndicatorRecord, MandateRecord, ProgramRecord, RegionRecord, ThemeRecord,
} from '../../../model/records.js';
import { round3 } from '../measures.js';

/**
 * programOverlaps: programs of different agencies that address the same theme (or a theme and
 * its sub-theme) in the same regions in overlapping years. The statement finds the candidate
 * pairs and their evidence; the year arithmetic, the score, the minScore filter, the order and
 * the page are computed here, by the pure functions below.
 */

export const PROGRAM_OVERLAP_RULE =
  'Two programs overlap when they address the same theme, or a theme and one of its sub-themes, '
  + 'cover regions that meet (one is the other or lies within it), and run in overlapping years. '
  + 'Candidates are grouped by theme: for each theme, the programs addressing it are paired with the programs '
  + 'addressing it or a sub-theme of it; each pair is listed once, `first` being the program with the smaller id. '
  + 'score = themeMatch × regionShare × yearShare, rounded to 3 decimals. '
  + 'themeMatch = 1 when the two share an exact theme, else 0.5; sharedThemes holds the more specific theme of each matching pair. '
  + 'regionShare = the larger of: the share of the first program\'s covered regions that meet one of the second\'s, '
  + 'and the same share for the second; sharedRegions holds the deeper region of each meeting pair; no shared region, no overlap. '
  + 'Years run from startYear to endYear, both included; a missing startYear means "since always" (the other program\'s start is taken), '
  + 'a missing endYear means ongoing (years.to is null, and for yearShare the open end counts up to the current year, '
  + 'or to the later start for a program not begun yet). Ranges that only touch overlap for 1 year; ranges that do not touch do not overlap. '
  + 'yearShare = overlapping years / years of the shorter program (1 when neither has a startYear). '
  + 'The agencies that run a program are its LEAD agencies, or all its participants when none leads; '
  + 'pairs whose runners share an agency are left out unless includeSameAgency is true. '
  + 'A side is mandated when one of its runners holds a mandate concerning a shared theme or a theme above it: '
  + 'MANDATED when both sides are, PARTLY_MANDATED when one is, DUPLICATE when neither is. '
  + 'Filters: theme (a shared theme at or below it), region (a shared region within it or containing it), '
  + 'agency (taking part in either program, any role), minScore (score at least this). '
  + 'Sorted by score, highest first, then by the pair\'s ids.';

export interface ProgramOverlapFilter {
  readonly theme: string | null;
  readonly region: string | null;
  readonly agency: string | null;
  readonly minScore: number;
  readonly includeSameAgency: boolean;
}

/** One candidate pair as the statement returns it (see the header of the .cypher file). */
const OverlapCandidate = z.object({
  first: ProgramRecord,
  second: ProgramRecord,
  firstRunners: z.array(AgencyRecord),
  secondRunners: z.array(AgencyRecord),
  firstMandates: z.array(MandateRecord),
  secondMandates: z.array(MandateRecord),
  themeMatch: z.number(),
  sharedThemes: z.array(ThemeRecord),
  firstCovered: z.number().int(),
  secondCovered: z.number().int(),
  firstMeeting: z.number().int(),
  secondMeeting: z.number().int(),
  sharedRegions: z.array(RegionRecord),
  sharedIndicators: z.array(IndicatorRecord),
  sameAgency: z.boolean(),
});
export type OverlapCandidate = z.output<typeof OverlapCandidate>;

const candidates = defineQuery({
  file: new URL('./programOverlaps.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    theme: z.string().nullable(),
    region: z.string().nullable(),
    agency: z.string().nullable(),
    includeSameAgency: z.boolean(),
  }),
  row: z.object({
    themeKnown: z.boolean(),
    regionKnown: z.boolean(),
    agencyKnown: z.boolean(),
    pairs: z.array(OverlapCandidate),
  }),
});

export type OverlapKind = 'MANDATED' | 'PARTLY_MANDATED' | 'DUPLICATE';

export interface YearRange {
  readonly from: number | null;
  readonly to: number | null;
}

export interface ProgramOverlap {
  readonly first: OverlapSide;
  readonly second: OverlapSide;
  readonly score: number;
  readonly themeMatch: number;
  readonly regionShare: number;
  readonly yearShare: number;
  readonly sharedThemes: ThemeRecord[];
  readonly sharedRegions: RegionRecord[];
  readonly years: YearRange;
  readonly sharedIndicators: IndicatorRecord[];
  readonly kind: OverlapKind;
}

export interface OverlapSide {
  readonly program: ProgramRecord;
  readonly agencies: AgencyRecord[];
  readonly mandated: boolean;
  readonly mandates: MandateRecord[];
}

export interface YearSpan {
  readonly startYear: number | null;
  readonly endYear: number | null;
}

/**
 * Where the years of two programs overlap, and that overlap as a share of the shorter program,
 * or null when they do not overlap. Both ends are included. A missing start means "since
 * always" (the other's start is taken); a missing end means ongoing: `to` stays null, and for
 * the share the open end counts up to `currentYear` (or to the later start, for a program that
 * has not begun yet). Two programs that both began "since always" share all of the shorter one.
 */
export function yearOverlap(a: YearSpan, b: YearSpan, currentYear: number): { years: YearRange; yearShare: number } | null {
  const startA = a.startYear ?? b.startYear;
  const startB = b.startYear ?? a.startYear;
  const from = startA === null || startB === null ? null : Math.max(startA, startB);
  const to = a.endYear === null ? b.endYear : b.endYear === null ? a.endYear : Math.min(a.endYear, b.endYear);
  if (from !== null && to !== null && to < from) return null;
  if (from === null || startA === null || startB === null) return { years: { from, to }, yearShare: 1 };
  const horizon = Math.max(currentYear, startA, startB);
  const endA = a.endYear ?? horizon;
  const endB = b.endYear ?? horizon;
  const overlapping = Math.min(endA, endB) - from + 1;
  const shorter = Math.min(endA - startA + 1, endB - startB + 1);
  return { years: { from, to }, yearShare: overlapping / shorter };
}

/** The larger of the two shares of covered regions that meet one of the other program's. */
export function regionShare(firstMeeting: number, firstCovered: number, secondMeeting: number, secondCovered: number): number {
  const share = (meeting: number, covered: number) => (covered === 0 ? 0 : meeting / covered);
  return Math.max(share(firstMeeting, firstCovered), share(secondMeeting, secondCovered));
}

/** themeMatch × regionShare × yearShare, rounded to 3 decimals. */
export function overlapScore(themeMatch: number, regions: number, years: number): number {
  return round3(themeMatch * regions * years);
}

/** MANDATED when both sides hold a mandate for the shared theme, PARTLY_MANDATED for one, DUPLICATE for none. */
export function overlapKind(firstMandated: boolean, secondMandated: boolean): OverlapKind {
  if (firstMandated && secondMandated) return 'MANDATED';
  if (firstMandated || secondMandated) return 'PARTLY_MANDATED';
  return 'DUPLICATE';
}

/** The key of a pair, for sorting ties and for cursors. */
export function overlapKey(overlap: { first: { program: { id: string } }; second: { program: { id: string } } }): string {
  return `${overlap.first.program.id}|${overlap.second.program.id}`;
}

/** Score, highest first; ties by the pair's key, so the order is total. */
export function compareOverlaps(a: ProgramOverlap, b: ProgramOverlap): number {
  if (a.score !== b.score) return b.score - a.score;
  const ka = overlapKey(a);
  const kb = overlapKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Scores one candidate pair; null when its years do not overlap. */
export function scoreCandidate(pair: OverlapCandidate, currentYear: number): ProgramOverlap | null {
  const years = yearOverlap(pair.first, pair.second, currentYear);
  if (!years) return null;
  const regions = regionShare(pair.firstMeeting, pair.firstCovered, pair.secondMeeting, pair.secondCovered);
  const first = { program: pair.first, agencies: pair.firstRunners, mandated: pair.firstMandates.length > 0, mandates: pair.firstMandates };
  const second = { program: pair.second, agencies: pair.secondRunners, mandated: pair.secondMandates.length > 0, mandates: pair.secondMandates };
  return {
    first,
    second,
    score: overlapScore(pair.themeMatch, regions, years.yearShare),
    themeMatch: pair.themeMatch,
    regionShare: regions,
    yearShare: years.yearShare,
    sharedThemes: pair.sharedThemes,
    sharedRegions: pair.sharedRegions,
    years: years.years,
    sharedIndicators: pair.sharedIndicators,
    kind: overlapKind(first.mandated, second.mandated),
  };
}

/**
 * One page of a sorted result, the way the list statements cut theirs: `start` is the index
 * after the row whose key is `after` (null when no row has it), and the page holds up to
 * first + 1 rows (one more tells of a next page).
 */
export function pageOf<R>(sorted: readonly R[], keyOf: (row: R) => string, first: number, after: string | null): ListPage<R> {
  let start: number | null = 0;
  if (after !== null) {
    const index = sorted.findIndex((row) => keyOf(row) === after);
    start = index < 0 ? null : index + 1;
  }
  return { totalCount: sorted.length, start, nodes: start === null ? [] : sorted.slice(start, start + first + 1) };
}

/** Scores the candidate pairs, drops those whose years do not meet or that score below minScore, and sorts them. */
export function rankOverlaps(pairs: readonly OverlapCandidate[], minScore: number, currentYear: number): ProgramOverlap[] {
  return pairs
    .map((pair) => scoreCandidate(pair, currentYear))
    .filter((overlap): overlap is ProgramOverlap => overlap !== null && overlap.score >= minScore)
    .sort(compareOverlaps);
}

/** The programOverlaps analysis: one statement, then the pure ranking above. */
export async function findProgramOverlaps(
  db: Executor,
  filter: ProgramOverlapFilter,
  page: { first: number; after: string | null },
  currentYear: number,
): Promise<ListPage<ProgramOverlap>> {
  const [row] = await candidates.run(db, {
    theme: filter.theme, region: filter.region, agency: filter.agency, includeSameAgency: filter.includeSameAgency,
  });
  if (!row!.themeKnown) throw new NotFoundError('Theme', filter.theme!, 'filter.theme');
  if (!row!.regionKnown) throw new NotFoundError('Region', filter.region!, 'filter.region');
  if (!row!.agencyKnown) throw new NotFoundError('Agency', filter.agency!, 'filter.agency');
  return pageOf(rankOverlaps(row!.pairs, filter.minScore, currentYear), overlapKey, page.first, page.after);
}
