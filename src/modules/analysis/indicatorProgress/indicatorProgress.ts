import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import { IndicatorRecord, RegionRecord, type IndicatorRecord as Indicator, type RegionRecord as Region } from '../../../model/records.js';
import { achievement, round3, type Direction } from '../measures.js';
import { readRule } from '../rules.js';
import { SCOPE_LABELS } from '../scope.js';
import type { IndicatorProgressArgs } from './input.js';

/** The rule, in words: indicatorProgress.rule.md beside this file. */
export const INDICATOR_PROGRESS_RULE = readRule(new URL('./indicatorProgress.rule.md', import.meta.url));

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

/** Targets against actuals in one scope (a program, a theme or a region), in one statement. */
export async function indicatorProgress(db: Executor, { scope, tolerance }: IndicatorProgressArgs): Promise<IndicatorProgressReport> {
  const [row] = await indicatorProgressQuery.run(db, {
    program: scope.kind === 'program' ? scope.key : null,
    theme: scope.kind === 'theme' ? scope.key : null,
    region: scope.kind === 'region' ? scope.key : null,
  });
  if (!row!.found) throw new NotFoundError(SCOPE_LABELS[scope.kind], scope.key, scope.kind);
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
