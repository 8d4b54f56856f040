import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { indicatorProgress as trackIndicatorProgress } from '../../indicatorProgress.js';
import { IndicatorProgressArgs } from '../../input.js';

export const indicatorProgress: NonNullable<QueryResolvers['indicatorProgress']> = (_, args, ctx) =>
  trackIndicatorProgress(ctx.db, parseArgs(IndicatorProgressArgs, args));
