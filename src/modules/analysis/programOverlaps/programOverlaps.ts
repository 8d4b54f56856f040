import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { pageOf, type Page, type PageRequest } from '../../shared/paging.js';
import { NotFoundError } from '../../../errors.js';
import {
  AgencyRecord, IndicatorRecord, MandateRecord, ProgramRecord, RegionRecord, ThemeRecord,
} from '../../../model/records.js';
import { round3 } from '../measures.js';
import { readRule } from '../rules.js';
import type { ProgramOverlapFilter } from './input.js';

/**
 * programOverlaps: programs of different agencies that address the same theme (or a theme and
 * its sub-theme) in the same regions in overlapping years. The statement finds the candidate
 * pairs and their evidence; the year arithmetic, the score, the minScore filter, the order and
 * the page are computed here, by the pure functions below.
 */

/** The rule, in words: programOverlaps.rule.md beside this file. */
export const PROGRAM_OVERLAP_RULE = readRule(new URL('./programOverlaps.rule.md', import.meta.url));

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
  page: PageRequest,
  currentYear: number,
): Promise<Page<ProgramOverlap>> {
  const [row] = await candidates.run(db, {
    theme: filter.theme, region: filter.region, agency: filter.agency, includeSameAgency: filter.includeSameAgency,
  });
  if (!row!.themeKnown) throw new NotFoundError('Theme', filter.theme!, 'filter.theme');
  if (!row!.regionKnown) throw new NotFoundError('Region', filter.region!, 'filter.region');
  if (!row!.agencyKnown) throw new NotFoundError('Agency', filter.agency!, 'filter.agency');
  return pageOf(rankOverlaps(row!.pairs, filter.minScore, currentYear), page.first, page.after, overlapKey);
}
