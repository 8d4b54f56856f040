import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { ResponsibilityMatrixArgs } from '../../input.js';
import { responsibilityMatrix as buildResponsibilityMatrix } from '../../responsibilityMatrix.js';

export const responsibilityMatrix: NonNullable<QueryResolvers['responsibilityMatrix']> = (_, args, ctx) =>
  buildResponsibilityMatrix(ctx.db, parseArgs(ResponsibilityMatrixArgs, args));
