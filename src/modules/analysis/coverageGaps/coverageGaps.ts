import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { pageOf, type Page, type PageRequest } from '../../shared/paging.js';
import { nodeStore } from '../../nodes/nodeStore.js';
import { BadUserInputError, NotFoundError } from '../../../errors.js';
import { RegionLevel } from '../../../model/enums.js';
import {
  IndicatorRecord, ProgramRecord, RegionRecord,
  type IndicatorRecord as Indicator, type ProgramRecord as Program, type RegionRecord as Region,
} from '../../../model/records.js';
import { coverageKind, round3, shortfall, type CoverageKind } from '../measures.js';
import { readRule } from '../rules.js';
import type { CoverageGapsArgs } from './input.js';

/** The rule, in words: coverageGaps.rule.md beside this file. */
export const COVERAGE_GAPS_RULE = readRule(new URL('./coverageGaps.rule.md', import.meta.url));

const LEVEL_ORDER = ['COUNTRY', 'PROVINCE', 'REGENCY', 'DISTRICT'] as const;

const Reach = z.object({ program: z.string(), via: z.string(), hops: z.number().int() });
const Actual = z.object({ indicator: z.string(), year: z.number().int(), target: z.number().nullable(), actual: z.number() });
const GapRow = z.object({ code: z.string(), remote: z.boolean(), reach: z.array(Reach), actuals: z.array(Actual) });

const coverageGapsQuery = defineQuery({
  file: new URL('./coverageGaps.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    theme: z.string(), level: RegionLevel, within: z.string(), minPrograms: z.number().int(), remoteOnly: z.boolean(),
  }),
  row: z.object({
    themeFound: z.boolean(),
    withinLevel: RegionLevel.nullable(),
    programs: z.array(ProgramRecord),
    covered: z.array(RegionRecord),
    indicators: z.array(IndicatorRecord),
    gaps: z.array(GapRow),
  }),
});

export type Reach = z.output<typeof Reach>;
export type Actual = z.output<typeof Actual>;

export interface Need {
  indicator: Indicator;
  year: number;
  target: number | null;
  actual: number;
  shortfall: number | null;
}

export interface RegionCoverage {
  program: Program;
  coverage: CoverageKind;
  via: Region;
}

export interface CoverageGap {
  region: Region;
  programCount: number;
  coverage: CoverageKind;
  programs: RegionCoverage[];
  remote: boolean;
  need: Need | null;
  hasData: boolean;
}

/** Code-point order, as Cypher's ORDER BY sorts strings. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Null sorts after every number; otherwise larger first. */
function descendingNullsLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * The worst of a region's latest actuals: the largest shortfall; an actual without a target
 * (shortfall null) ranks after any number. Ties go to the later year, then the indicator id.
 * Null when there is no actual at all.
 */
export function worstNeed(actuals: readonly Actual[], indicators: ReadonlyMap<string, Indicator>): Need | null {
  const needs = actuals.flatMap((a) => {
    const indicator = indicators.get(a.indicator);
    if (!indicator) return [];
    return [{ indicator, year: a.year, target: a.target, actual: a.actual, shortfall: shortfall(indicator.direction, a.target, a.actual) }];
  });
  needs.sort((a, b) =>
    descendingNullsLast(a.shortfall, b.shortfall) || b.year - a.year || byText(a.indicator.id, b.indicator.id));
  return needs[0] ?? null;
}

/** The order of the result: fewest programs, worst shortfall (none last), remote first, then code. */
export function compareGaps(
  a: { programCount: number; need: { shortfall: number | null } | null; remote: boolean; code: string },
  b: { programCount: number; need: { shortfall: number | null } | null; remote: boolean; code: string },
): number {
  return a.programCount - b.programCount
    || descendingNullsLast(a.need?.shortfall ?? null, b.need?.shortfall ?? null)
    || Number(b.remote) - Number(a.remote)
    || byText(a.code, b.code);
}

/** Whether any region at `level` can lie within a region at `withinLevel` (itself, or below it). */
export function levelFitsWithin(level: string, withinLevel: string): boolean {
  return LEVEL_ORDER.indexOf(level as (typeof LEVEL_ORDER)[number]) >= LEVEL_ORDER.indexOf(withinLevel as (typeof LEVEL_ORDER)[number]);
}

/** Regions at a level that too few programs on a theme reach; one page, in the order of compareGaps. */
export async function coverageGaps(db: Executor, args: CoverageGapsArgs, request: PageRequest): Promise<Page<CoverageGap>> {
  const [row] = await coverageGapsQuery.run(db, {
    theme: args.theme, level: args.level, within: args.within, minPrograms: args.minPrograms, remoteOnly: args.remoteOnly,
  });
  const { themeFound, withinLevel, programs, covered, indicators, gaps } = row!;
  if (!themeFound) throw new NotFoundError('Theme', args.theme, 'theme');
  if (withinLevel === null) throw new NotFoundError('Region', args.within, 'within');
  if (!levelFitsWithin(args.level, withinLevel)) {
    throw BadUserInputError.of('level', `no ${args.level} region lies within ${args.within}, which is a ${withinLevel}`);
  }

  const programById = new Map(programs.map((p) => [p.id, p]));
  const regionByCode = new Map(covered.map((r) => [r.code, r]));
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));

  const ranked = gaps
    .map((gap) => ({ ...gap, programCount: gap.reach.length, need: worstNeed(gap.actuals, indicatorById) }))
    .sort(compareGaps);
  const page = pageOf(ranked, request.first, request.after, (gap) => gap.code);
  if (page.start === null) return { ...page, nodes: [] };

  const regions = await nodeStore.byKeys(db, 'Region', page.nodes.map((gap) => gap.code));
  const nodes = page.nodes.map((gap, i): CoverageGap => {
    const region = regions[i]!;
    const reach = gap.reach
      .map((r) => ({ program: programById.get(r.program)!, via: regionByCode.get(r.via)!, hops: r.hops }))
      .sort((a, b) => a.hops - b.hops || byText(a.program.name, b.program.name) || byText(a.program.id, b.program.id));
    return {
      region,
      programCount: gap.programCount,
      coverage: coverageKind(gap.code, reach[0]?.via ?? null),
      programs: reach.map((r) => ({ program: r.program, coverage: coverageKind(gap.code, r.via), via: r.via })),
      remote: gap.remote,
      need: gap.need && { ...gap.need, shortfall: gap.need.shortfall === null ? null : round3(gap.need.shortfall) },
      hasData: gap.need !== null,
    };
  });
  return { ...page, nodes };
}
