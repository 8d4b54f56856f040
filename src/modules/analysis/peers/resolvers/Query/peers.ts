import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { PeersArgs } from '../../input.js';
import { peers as findPeers } from '../../peers.js';

export const peers: NonNullable<QueryResolvers['peers']> = (_, args, ctx) => findPeers(ctx.db, parseArgs(PeersArgs, args));
