import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parsePageArgs, toConnection } from '../../../../../graphql/connection.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { MandateOverlapFilter } from '../../input.js';
import { findMandateOverlaps, MANDATE_OVERLAP_RULE, mandateOverlapKey } from '../../mandateOverlaps.js';

export const mandateOverlaps: NonNullable<QueryResolvers['mandateOverlaps']> = async (_, args, ctx) => {
  const filter = parseArgs(MandateOverlapFilter, args.filter ?? {}, 'filter');
  const page = parsePageArgs(args);
  const overlaps = await findMandateOverlaps(ctx.db, filter, page);
  return { ...toConnection(overlaps, page.first, mandateOverlapKey), rule: MANDATE_OVERLAP_RULE };
};
