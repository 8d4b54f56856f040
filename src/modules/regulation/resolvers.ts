import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf } from '../shared/sources.js';

export const regulationResolvers = {
  Query: {
    regulation: (_, { id }, ctx) => ctx.loaders.node('Regulation').load(id),
    regulations: (_, args, ctx) => listConnection(ctx, 'Regulation', args, 'TITLE'),
  },
  Mutation: {
    createRegulation: (_, { input }, ctx) => createNode(ctx, 'Regulation', input),
    updateRegulation: (_, { id, input }, ctx) => updateNode(ctx, 'Regulation', id, input),
    deleteRegulation: (_, { id }, ctx) => deleteNode(ctx, 'Regulation', id),
  },
  Regulation: {
    sources: sourcesOf,
    mandates: (regulation, _, ctx) => ctx.loaders.nodesLinked('GRANTED_BY', 'IN', regulation.id),
    programs: (regulation, _, ctx) => ctx.loaders.nodesLinked('GOVERNED_BY', 'IN', regulation.id),
  },
} satisfies Resolvers;
