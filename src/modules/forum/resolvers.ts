import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf } from '../shared/sources.js';

export const forumResolvers = {
  Query: {
    forum: (_, { id }, ctx) => ctx.loaders.node('Forum').load(id),
    forums: (_, args, ctx) => listConnection(ctx, 'Forum', args, 'NAME'),
  },
  Mutation: {
    createForum: (_, { input }, ctx) => createNode(ctx, 'Forum', input),
    updateForum: (_, { id, input }, ctx) => updateNode(ctx, 'Forum', id, input),
    deleteForum: (_, { id }, ctx) => deleteNode(ctx, 'Forum', id),
  },
  Forum: {
    sources: sourcesOf,
    members: (forum, _, ctx) => ctx.loaders.nodesLinked('MEMBER_OF', 'IN', forum.id),
  },
} satisfies Resolvers;
