import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { Selection, type CollaborationSelection } from '../../selection.js';
import { networkView } from '../../view.js';

/** The arguments as a Selection: the same zod schema the export endpoint uses, so the checks agree. */
export const collaborationNetwork: NonNullable<QueryResolvers['collaborationNetwork']> = (_, args, ctx) =>
  networkView(ctx.db, parseArgs(Selection, { kind: 'collaboration', ...args }) as CollaborationSelection);
