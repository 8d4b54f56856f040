import type { Areas } from './areaData.js';
import type { FactSet } from './factTypes.js';
import type { Government } from './governments.js';
import { Random } from './random.js';
import type { SeedGraph } from './seedGraph.js';
import { SyntheticContext } from './synthetic/context.js';
import { generateForumMembers } from './synthetic/forums.js';
import { generateIndicators } from './synthetic/indicators.js';
import { generateMandates } from './synthetic/mandates.js';
import { generatePartners } from './synthetic/partners.js';
import { generatePrograms } from './synthetic/programs.js';

/** The fixed seed: change it and the whole synthetic graph changes. */
export const SYNTHETIC_SEED = 20231205;

export interface SyntheticInput {
  readonly areas: Areas;
  readonly governments: readonly Government[];
  /** The article facts, whose agencies, themes, mandates and partners the demo data builds on. */
  readonly facts: readonly FactSet[];
}

/**
 * The generated demo data on top of the facts: programs with their participants, themes and
 * coverage; partners; indicators with measurements; mandates; a few forum members. Pure and
 * deterministic: the same input and seed give the same graph. Every node and link it makes
 * carries the 'synthetic' source.
 */
export function syntheticGraph(input: SyntheticInput, seed = SYNTHETIC_SEED): SeedGraph {
  const ctx = new SyntheticContext(input.areas, input.governments, new Random(seed));
  generatePrograms(ctx);
  generatePartners(ctx, input.facts.flatMap((set) => set.partners ?? []));
  generateIndicators(ctx);
  generateMandates(ctx, input.facts);
  generateForumMembers(ctx);
  return ctx.graph;
}
