import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { Selection, type NetworkSelection } from '../../selection.js';
import { networkView } from '../../view.js';

/** The arguments as a Selection: the same zod schema the export endpoint uses, so the checks agree. */
export const network: NonNullable<QueryResolvers['network']> = (_, args, ctx) =>
  networkView(ctx.db, parseArgs(Selection, { kind: 'network', ...args }) as NetworkSelection);
