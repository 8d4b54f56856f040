import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { helixBalance as measureHelixBalance } from '../../helixBalance.js';
import { HelixBalanceArgs } from '../../input.js';

export const helixBalance: NonNullable<QueryResolvers['helixBalance']> = (_, args, ctx) =>
  measureHelixBalance(ctx.db, parseArgs(HelixBalanceArgs, args));
