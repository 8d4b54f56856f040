/**
 * The map's colours: cividis, a sequential scale readers with any colour-vision deficiency see
 * as one even run from light to dark (Nuñez, Anderton & Renslow 2018), in a few classes so the
 * legend can name each one. "None" (0 programs) and "no data" stay outside the scale.
 */

/*
 * cividis(t), t in 0..1, dark blue to yellow: the polynomial fit of d3-scale-chromatic 3.1
 * (Copyright 2010-2026 Mike Bostock, ISC licence: "Permission to use, copy, modify, and/or
 * distribute this software for any purpose with or without fee is hereby granted, provided that
 * the above copyright notice and this permission notice appear in all copies."). Copied rather
 * than imported: d3-scale-chromatic is only a dependency of a dependency here.
 */
export function cividis(t: number): string {
  t = Math.max(0, Math.min(1, t));
  const channel = (value: number) => Math.max(0, Math.min(255, Math.round(value)));
  const r = channel(-4.54 - t * (35.34 - t * (2381.73 - t * (6402.7 - t * (7024.72 - t * 2710.57)))));
  const g = channel(32.49 + t * (170.73 + t * (52.82 - t * (131.46 - t * (176.58 - t * 67.37)))));
  const b = channel(81.24 + t * (442.36 - t * (2482.43 - t * (6167.24 - t * (6614.94 - t * 2475.67)))));
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** No program reaches the region: Okabe-Ito vermillion, outside the cividis run, and hatched as a gap. */
export const ZERO_FILL = '#d55e00';
/** The API has no figure for the region (no measurement: "no data", not "no need"). */
export const NO_DATA_FILL = '#d4d8dc';
/** Outside the selection (not remote, when only remote regions are asked). */
export const OUTSIDE_FILL = '#e6eaee';

/** `n` colours from light (few) to dark (many): more is darker, as readers expect of a count. */
export function cividisSteps(n: number): string[] {
  if (n <= 0) return [];
  if (n === 1) return [cividis(0.55)];
  const light = 0.95;
  const dark = 0.08;
  return Array.from({ length: n }, (_, i) => cividis(light - (i * (light - dark)) / (n - 1)));
}

/** One class of a legend: the values it holds (both ends included) and its colour. */
export interface CountClass {
  readonly from: number;
  readonly to: number | null;
  readonly fill: string;
}

/** Breaks for counts beyond a handful: 1, 2, 3-4, 5-9, 10-19, 20-49, 50+. */
const COUNT_BREAKS = [1, 2, 3, 5, 10, 20, 50];

/**
 * Classes of "programs reaching a region" from 1 to the largest count on the map: one class per
 * count up to 6 (the usual case: a theme has few programs per region), else the breaks above.
 * A class keeps its colour whatever the largest count (1 program is the same yellow on every
 * view), so two maps side by side read alike.
 */
export function countClasses(maxCount: number): CountClass[] {
  if (maxCount < 1) return [];
  if (maxCount <= 6) {
    const fills = cividisSteps(6);
    return Array.from({ length: maxCount }, (_, i) => ({ from: i + 1, to: i + 1, fill: fills[i]! }));
  }
  const fills = cividisSteps(COUNT_BREAKS.length);
  return COUNT_BREAKS.filter((start) => start <= maxCount).map((start, i, starts) => {
    const next = starts[i + 1];
    return { from: start, to: next === undefined ? null : next - 1, fill: fills[i]! };
  });
}

export function countFill(classes: readonly CountClass[], count: number): string {
  if (count <= 0) return ZERO_FILL;
  const found = classes.find((c) => count >= c.from && (c.to === null || count <= c.to));
  return (found ?? classes.at(-1))?.fill ?? ZERO_FILL;
}

/** Need classes by the largest shortfall (share of the target still missing). */
export type NeedClass = 'ahead' | 'lt10' | 'lt25' | 'lt50' | 'ge50';
export const NEED_CLASSES: readonly NeedClass[] = ['ahead', 'lt10', 'lt25', 'lt50', 'ge50'];
const NEED_FILLS = cividisSteps(NEED_CLASSES.length);

export function needClass(shortfall: number): NeedClass {
  if (shortfall <= 0) return 'ahead';
  if (shortfall < 0.1) return 'lt10';
  if (shortfall < 0.25) return 'lt25';
  if (shortfall < 0.5) return 'lt50';
  return 'ge50';
}

export function needFill(kind: NeedClass): string {
  return NEED_FILLS[NEED_CLASSES.indexOf(kind)]!;
}
