import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import type { ListPage } from '../../nodes/listStore.js';
import { NotFoundError } from '../../../errors.js';
import { ProgramRecord, type ProgramRecord as Program } from '../../../model/records.js';
import { round3 } from '../measures.js';

/** The strands of the helix, government first, in the order results list them. */
export const STRANDS = ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'] as const;
export type Strand = (typeof STRANDS)[number];

export const HELIX_BALANCE_RULE =
  'Scope: the program; or the programs addressing the theme or one of its sub-themes; or the programs reaching the region ' +
  '(covering it, a region above it, a national program included, or a region below it). Strands: GOVERNMENT = agencies ' +
  'taking part (PARTICIPATES_IN); INDUSTRY, ACADEMIA, CIVIL_SOCIETY, MEDIA = partners of that helix (PARTNERS_IN). ' +
  'actors = distinct actors of the strand, programs = programs in scope with the strand; a strand is present when it has an actor. ' +
  'balance = Pielou evenness of the actor counts over the 5 strands: H = -sum p_i ln p_i over the strands with actors, ' +
  'balance = H / ln 5 (0 with fewer than 2 strands, 1 when all five are equal), rounded to 3 decimals.';

export const MISSING_STRAND_RULE =
  'Programs in scope (addressing the theme or a sub-theme; reaching the region: covering it, a region above it or a region ' +
  'below it; every program when neither is given) in which the strand has no actor: no agency taking part for GOVERNMENT, ' +
  'no partner of that helix for the others. Sorted by name, then id.';

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

export type HelixScope = { readonly kind: 'program' | 'theme' | 'region'; readonly key: string };

const SCOPE_LABELS = { program: 'Program', theme: 'Theme', region: 'Region' } as const;

/** The helix balance of a program, a theme or a region; NOT_FOUND when it does not exist. One statement. */
export async function helixBalance(db: Executor, scope: HelixScope) {
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

const missingQuery = defineQuery({
  file: new URL('../programsMissingStrand/programsMissingStrand.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    strand: z.enum(STRANDS), theme: z.string().nullable(), region: z.string().nullable(),
    first: z.number().int().min(0), after: z.string().nullable(),
  }),
  row: z.object({
    themeFound: z.boolean(),
    regionFound: z.boolean(),
    totalCount: z.number().int(),
    start: z.number().int().nullable(),
    page: z.array(ProgramRecord),
  }),
});

/** One page of the programs in scope that the strand takes no part in; one statement. */
export async function programsMissingStrand(
  db: Executor,
  request: { strand: Strand; theme: string | null; region: string | null; first: number; after: string | null },
): Promise<ListPage<Program>> {
  const [row] = await missingQuery.run(db, request);
  if (!row!.themeFound) throw new NotFoundError('Theme', request.theme!, 'theme');
  if (!row!.regionFound) throw new NotFoundError('Region', request.region!, 'region');
  return { totalCount: row!.totalCount, start: row!.start, nodes: row!.page };
}
