import { z } from 'zod';
import type { Resolvers } from '../../../graphql/generated/resolvers.js';
import { MISSING_STRAND_RULE, helixBalance, programsMissingStrand } from '../helixBalance/helixBalance.js';
import { mandateConformance } from '../mandateConformance/mandateConformance.js';
import { peers } from '../peers/peers.js';
import { parsePageArgs, toConnection } from '../../shared/paging.js';
import { parseArgs } from '../../../graphql/validation.js';

const Key = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const SCOPES = ['program', 'theme', 'region'] as const;

/** Exactly one of program, theme or region; the issue names the arguments at fault. */
const HelixScopeArgs = z
  .object({ program: Key.nullish(), theme: Key.nullish(), region: Key.nullish() })
  .superRefine((args, ctx) => {
    const given = SCOPES.filter((name) => args[name] != null);
    if (given.length === 1) return;
    for (const name of given.length === 0 ? SCOPES : given) {
      ctx.addIssue({ code: 'custom', path: [name], message: `give exactly one of program, theme or region (got ${given.length})` });
    }
  })
  .transform((args) => {
    const kind = SCOPES.find((name) => args[name] != null)!;
    return { kind, key: args[kind]! };
  });

const MissingStrandArgs = z.object({ theme: Key.nullish(), region: Key.nullish() });
const PeersArgs = z.object({
  agency: Key,
  theme: Key,
  first: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50'),
});

export const conformanceResolvers = {
  Query: {
    helixBalance: (_, args, ctx) => helixBalance(ctx.db, parseArgs(HelixScopeArgs, args)),
    programsMissingStrand: async (_, args, ctx) => {
      const { first, after } = parsePageArgs(args);
      const { theme, region } = parseArgs(MissingStrandArgs, args);
      const page = await programsMissingStrand(ctx.db, { strand: args.strand, theme: theme ?? null, region: region ?? null, first, after });
      return { ...toConnection(page, first, (program) => program.id), rule: MISSING_STRAND_RULE };
    },
    mandateConformance: (_, args, ctx) => mandateConformance(ctx.db, parseArgs(Key, args.agency, 'agency')),
    peers: (_, args, ctx) => peers(ctx.db, parseArgs(PeersArgs, args)),
  },
} satisfies Resolvers;
