import { z } from 'zod';
import type { Resolvers } from '../../../graphql/generated/resolvers.js';
import { findMandateOverlaps, MANDATE_OVERLAP_RULE, mandateOverlapKey } from '../mandateOverlaps/mandateOverlaps.js';
import { findProgramOverlaps, overlapKey, PROGRAM_OVERLAP_RULE } from '../programOverlaps/programOverlaps.js';
import { parsePageArgs, toConnection } from '../../shared/paging.js';
import { parseArgs } from '../../../graphql/validation.js';

const id = z.string().min(1, 'must not be empty').nullish().transform((v) => v ?? null);

const ProgramOverlapFilter = z.object({
  theme: id,
  region: id,
  agency: id,
  minScore: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish().transform((v) => v ?? 0),
  includeSameAgency: z.boolean().nullish().transform((v) => v ?? false),
});

const MandateOverlapFilter = z.object({ theme: id, agency: id });

export const overlapResolvers = {
  Query: {
    programOverlaps: async (_, args, ctx) => {
      const filter = parseArgs(ProgramOverlapFilter, args.filter ?? {}, 'filter');
      const { first, after } = parsePageArgs(args);
      const page = await findProgramOverlaps(ctx.db, filter, { first, after }, new Date().getFullYear());
      return { ...toConnection(page, first, overlapKey), rule: PROGRAM_OVERLAP_RULE };
    },
    mandateOverlaps: async (_, args, ctx) => {
      const filter = parseArgs(MandateOverlapFilter, args.filter ?? {}, 'filter');
      const { first, after } = parsePageArgs(args);
      const page = await findMandateOverlaps(ctx.db, filter, { first, after });
      return { ...toConnection(page, first, mandateOverlapKey), rule: MANDATE_OVERLAP_RULE };
    },
  },
} satisfies Resolvers;
