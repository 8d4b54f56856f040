/**
 * The definitions every analysis shares, so that "achievement" or "coverage" means the same
 * thing in each of them.
 */

export type Direction = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

/**
 * How much of the target an actual reaches: actual / target when higher is better, target /
 * actual when lower is better. 1 means on target; null when it cannot be computed (no target,
 * or a zero in the denominator).
 */
export function achievement(direction: Direction, target: number | null, actual: number | null): number | null {
  if (target === null || actual === null) return null;
  if (direction === 'HIGHER_IS_BETTER') return target === 0 ? null : actual / target;
  return actual === 0 ? null : target / actual;
}

/**
 * How far an actual is behind its target, as a share of the target: positive when behind,
 * negative when ahead, null without a target (or with a zero target).
 */
export function shortfall(direction: Direction, target: number | null, actual: number): number | null {
  if (target === null || target === 0) return null;
  const gap = direction === 'HIGHER_IS_BETTER' ? target - actual : actual - target;
  return gap / Math.abs(target);
}

export type CoverageKind = 'DIRECT' | 'REGENCY' | 'PROVINCE' | 'NATIONAL' | 'NONE';

/**
 * The coverage kind of a region reached through the region `via` (the one the program covers):
 * DIRECT when they are the same region, otherwise named after the level of `via`.
 */
export function coverageKind(regionCode: string, via: { code: string; level: string } | null): CoverageKind {
  if (!via) return 'NONE';
  if (via.code === regionCode) return 'DIRECT';
  if (via.level === 'COUNTRY') return 'NATIONAL';
  if (via.level === 'PROVINCE') return 'PROVINCE';
  return 'REGENCY';
}

/** Rounds a score for display: 3 decimals. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
