/**
 * The sizes of the synthetic graphs the benchmarks run on (issue 7): S is a small national
 * government, M about the size Indonesia's has (some million relationships), L beyond it.
 */
export interface ScaleSize {
  readonly agencies: number;
  readonly programs: number;
  readonly partners: number;
  readonly themes: number;
  readonly indicators: number;
  /** Laws and regulations that grant the mandates and govern some programs. */
  readonly regulations: number;
}

export const SIZES = {
  S: { agencies: 1_000, programs: 10_000, partners: 250, themes: 60, indicators: 200, regulations: 60 },
  M: { agencies: 5_000, programs: 100_000, partners: 1_250, themes: 120, indicators: 2_000, regulations: 300 },
  L: { agencies: 20_000, programs: 400_000, partners: 5_000, themes: 200, indicators: 8_000, regulations: 1_200 },
} as const satisfies Record<string, ScaleSize>;

export type SizeName = keyof typeof SIZES;

/** The fixed seed: the same size and seed give the same graph, record for record. */
export const SCALE_SEED = 20261123;

/** Bumped whenever the generator changes what it yields: a benchmark database loaded by another version is loaded again. */
export const GENERATOR_VERSION = 2;
