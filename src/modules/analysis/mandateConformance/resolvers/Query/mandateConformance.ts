import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { MandateConformanceArgs } from '../../input.js';
import { mandateConformance as checkMandateConformance } from '../../mandateConformance.js';

export const mandateConformance: NonNullable<QueryResolvers['mandateConformance']> = (_, args, ctx) =>
  checkMandateConformance(ctx.db, parseArgs(MandateConformanceArgs, args));
