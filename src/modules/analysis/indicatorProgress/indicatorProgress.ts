import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import { IndicatorRecord, RegionRecord, type IndicatorRecord as Indicator, type RegionRecord as Region } from '../../../model/records.js';
import { achievement, round3, type Direction } from '../measures.js';

export const INDICATOR_PROGRESS_RULE =
  'Points: the measurements of the indicators that measure the program; of the programs on the theme or a sub-theme; ' +
  'or, for a region, of every indicator measured in the region or a region below it (for ID, national figures too). ' +
  'achievement = actual / target when higher is better, target / actual when lower is better (null with a zero ' +
  'denominator). status: NO_ACTUAL (a target, no actual), NO_TARGET (an actual, no target), OFF_TRACK when achievement ' +
  '< 1 - tolerance, otherwise ON_TRACK (exactly 1 - tolerance is on track; with a zero denominator, on track when the ' +
  'actual is at least as good as the target). achievement is shown rounded to 3 decimals; the status uses the exact ' +
  'value. Sorted by indicator name, year, region code (national first); offTrackCount counts OFF_TRACK points.';

export type ProgressStatus = 'ON_TRACK' | 'OFF_TRACK' | 'NO_TARGET' | 'NO_ACTUAL';

/** Floating-point slack so that an achievement of exactly 1 - tolerance is not read as below it. */
const EPSILON = 1e-9;

/**
 * The status of one measurement against a tolerance (0 to 1): how far below the target an
 * achievement may fall and still be on track.
 */
export function progressStatus(direction: Direction, target: number | null, actual: number | null, tolerance: number): ProgressStatus {
  if (actual === null) return 'NO_ACTUAL';
  if (target === null) return 'NO_TARGET';
  const reached = achievement(direction, target, actual);
  if (reached === null) {
    const asGood = direction === 'HIGHER_IS_BETTER' ? actual >= target : actual <= target;
    return asGood ? 'ON_TRACK' : 'OFF_TRACK';
  }
  return reached < 1 - tolerance - EPSILON ? 'OFF_TRACK' : 'ON_TRACK';
}

/** A point names its indicator and region by key; each indicator and region comes once beside them. */
const Point = z.object({
  indicator: z.string(), year: z.number().int(), target: z.number().nullable(), actual: z.number().nullable(),
  region: z.string().nullable(),
});

const indicatorProgressQuery = defineQuery({
  file: new URL('./indicatorProgress.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ program: z.string().nullable(), theme: z.string().nullable(), region: z.string().nullable() }),
  row: z.object({ found: z.boolean(), points: z.array(Point), indicators: z.array(IndicatorRecord), regions: z.array(RegionRecord) }),
});

export interface ProgressPoint {
  indicator: Indicator;
  year: number;
  region: Region | null;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  status: ProgressStatus;
}

export interface IndicatorProgressReport {
  points: ProgressPoint[];
  offTrackCount: number;
  rule: string;
}

/** The scope: exactly one of them (the resolver checks). */
export type ProgressScope = { program: string } | { theme: string } | { region: string };

/** Targets against actuals in one scope, in one statement. */
export async function indicatorProgress(db: Executor, scope: ProgressScope, tolerance: number): Promise<IndicatorProgressReport> {
  const params = {
    program: 'program' in scope ? scope.program : null,
    theme: 'theme' in scope ? scope.theme : null,
    region: 'region' in scope ? scope.region : null,
  };
  const [row] = await indicatorProgressQuery.run(db, params);
  if (!row!.found) {
    if (params.program !== null) throw new NotFoundError('Program', params.program, 'program');
    if (params.theme !== null) throw new NotFoundError('Theme', params.theme, 'theme');
    throw new NotFoundError('Region', params.region!, 'region');
  }
  const indicators = new Map(row!.indicators.map((i) => [i.id, i]));
  const regions = new Map(row!.regions.map((r) => [r.code, r]));
  const points = row!.points.map((p): ProgressPoint => {
    const indicator = indicators.get(p.indicator)!;
    const reached = achievement(indicator.direction, p.target, p.actual);
    return {
      ...p,
      indicator,
      region: p.region === null ? null : regions.get(p.region)!,
      achievement: reached === null ? null : round3(reached),
      status: progressStatus(indicator.direction, p.target, p.actual, tolerance),
    };
  });
  return { points, offTrackCount: points.filter((p) => p.status === 'OFF_TRACK').length, rule: INDICATOR_PROGRESS_RULE };
}
