import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import { round3 } from '../measures.js';
import { readRule } from '../rules.js';
import { SCOPE_LABELS, type Scope } from '../scope.js';
import { STRANDS, type Strand } from '../strands.js';

/** The rule, in words: helixBalance.rule.md beside this file. */
export const HELIX_BALANCE_RULE = readRule(new URL('./helixBalance.rule.md', import.meta.url));

/**
 * Evenness of actors across the five strands (Pielou's J): the Shannon entropy of the shares,
 * H = -sum p_i ln p_i over the strands with actors, divided by ln 5, its value when all five
 * are equal. 0 when fewer than two strands have actors. Not rounded.
 */
export function helixEvenness(counts: readonly number[]): number {
  if (counts.length !== STRANDS.length) throw new Error(`expected ${STRANDS.length} strand counts, got ${counts.length}`);
  const positive = counts.filter((count) => count > 0);
  if (positive.length < 2) return 0;
  const total = positive.reduce((sum, count) => sum + count, 0);
  const entropy = -positive.reduce((sum, count) => sum + (count / total) * Math.log(count / total), 0);
  return entropy / Math.log(STRANDS.length);
}

export interface StrandCount {
  readonly strand: Strand;
  readonly actors: number;
  readonly programs: number;
}

/** The five strands in order, zeros filled in, with present, missing and the rounded balance. */
export function strandSummary(found: ReadonlyArray<{ strand: string; actors: number; programs: number }>) {
  const strands: StrandCount[] = STRANDS.map((strand) => {
    const row = found.find((candidate) => candidate.strand === strand);
    return { strand, actors: row?.actors ?? 0, programs: row?.programs ?? 0 };
  });
  return {
    strands,
    present: strands.filter((s) => s.actors > 0).map((s) => s.strand),
    missing: strands.filter((s) => s.actors === 0).map((s) => s.strand),
    balance: round3(helixEvenness(strands.map((s) => s.actors))),
  };
}

const balanceQuery = defineQuery({
  file: new URL('./helixBalance.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ program: z.string().nullable(), theme: z.string().nullable(), region: z.string().nullable() }),
  row: z.object({
    found: z.boolean(),
    programCount: z.number().int(),
    strands: z.array(z.object({ strand: z.string(), actors: z.number().int(), programs: z.number().int() })),
  }),
});

/** The helix balance of a program, a theme or a region; NOT_FOUND when it does not exist. One statement. */
export async function helixBalance(db: Executor, scope: Scope) {
  const [row] = await balanceQuery.run(db, {
    program: scope.kind === 'program' ? scope.key : null,
    theme: scope.kind === 'theme' ? scope.key : null,
    region: scope.kind === 'region' ? scope.key : null,
  });
  if (!row!.found) throw new NotFoundError(SCOPE_LABELS[scope.kind], scope.key, scope.kind);
  return {
    scope: `${scope.kind}:${scope.key}`,
    programCount: row!.programCount,
    ...strandSummary(row!.strands),
    rule: HELIX_BALANCE_RULE,
  };
}
