/** Seconds since `start` (a performance.now() reading), with one decimal, for progress lines. */
export function secondsSince(start: number): string {
  return ((performance.now() - start) / 1000).toFixed(1);
}
