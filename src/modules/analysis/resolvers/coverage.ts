import { z } from 'zod';
import type { Resolvers } from '../../../graphql/generated/resolvers.js';
import { COVERAGE_GAPS_RULE, coverageGaps } from '../coverageGaps/coverageGaps.js';
import { indicatorProgress } from '../indicatorProgress/indicatorProgress.js';
import { responsibilityMatrix } from '../responsibilityMatrix/responsibilityMatrix.js';
import { GovernmentLevel, RegionLevel } from '../../../model/enums.js';
import { parsePageArgs, toConnection } from '../../shared/paging.js';
import { parseArgs } from '../../../graphql/validation.js';

const Key = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const SCOPES = ['program', 'theme', 'region'] as const;

const CoverageGapsArgs = z.object({
  theme: Key,
  level: RegionLevel.nullish().transform((v) => v ?? 'REGENCY'),
  within: Key.nullish().transform((v) => v ?? 'ID'),
  minPrograms: z.number().int().min(1, 'must be at least 1').nullish().transform((v) => v ?? 1),
  remoteOnly: z.boolean().nullish().transform((v) => v ?? false),
});

const ResponsibilityMatrixArgs = z.object({
  themes: z.array(Key).max(100, 'must name at most 100 themes').nullish().transform((v) => v ?? null),
  within: Key.nullish().transform((v) => v ?? null),
  level: GovernmentLevel.nullish().transform((v) => v ?? null),
});

/** Exactly one of program, theme or region; the issue names the arguments at fault. */
const ProgressArgs = z
  .object({
    program: Key.nullish(), theme: Key.nullish(), region: Key.nullish(),
    tolerance: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish().transform((v) => v ?? 0.05),
  })
  .superRefine((args, ctx) => {
    const given = SCOPES.filter((name) => args[name] != null);
    if (given.length === 1) return;
    for (const name of given.length === 0 ? SCOPES : given) {
      ctx.addIssue({ code: 'custom', path: [name], message: `give exactly one of program, theme or region (got ${given.length})` });
    }
  })
  .transform((args) => {
    const kind = SCOPES.find((name) => args[name] != null)!;
    return { scope: { [kind]: args[kind]! } as { program: string } | { theme: string } | { region: string }, tolerance: args.tolerance };
  });

/**
 * coverageGaps pages up to 1,000 regions (other lists: 100). The analysis reads every region in
 * scope whatever the page, so a map colouring all 514 regencies asks once instead of six times.
 */
export const COVERAGE_GAPS_MAX_PAGE_SIZE = 1000;

export const coverageResolvers = {
  Query: {
    coverageGaps: async (_, args, ctx) => {
      const { first, after } = parsePageArgs(args, COVERAGE_GAPS_MAX_PAGE_SIZE);
      const page = await coverageGaps(ctx.db, { ...parseArgs(CoverageGapsArgs, args), first, after });
      return { ...toConnection(page, first, (gap) => gap.region.code), rule: COVERAGE_GAPS_RULE };
    },
    responsibilityMatrix: (_, args, ctx) => responsibilityMatrix(ctx.db, parseArgs(ResponsibilityMatrixArgs, args)),
    indicatorProgress: (_, args, ctx) => {
      const { scope, tolerance } = parseArgs(ProgressArgs, args);
      return indicatorProgress(ctx.db, scope, tolerance);
    },
  },
} satisfies Resolvers;
