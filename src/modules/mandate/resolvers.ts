import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf } from '../shared/sources.js';

export const mandateResolvers = {
  Query: {
    mandate: (_, { id }, ctx) => ctx.loaders.node('Mandate').load(id),
    mandates: (_, args, ctx) => listConnection(ctx, 'Mandate', args, 'TITLE'),
  },
  Mutation: {
    createMandate: (_, { input }, ctx) => createNode(ctx, 'Mandate', input),
    updateMandate: (_, { id, input }, ctx) => updateNode(ctx, 'Mandate', id, input),
    deleteMandate: (_, { id }, ctx) => deleteNode(ctx, 'Mandate', id),
  },
  Mandate: {
    sources: sourcesOf,
    holders: (mandate, _, ctx) => ctx.loaders.nodesLinked('HOLDS', 'IN', mandate.id),
    grantedBy: (mandate, _, ctx) => ctx.loaders.nodesLinked('GRANTED_BY', 'OUT', mandate.id),
    themes: (mandate, _, ctx) => ctx.loaders.nodesLinked('CONCERNS', 'OUT', mandate.id),
    programs: (mandate, _, ctx) => ctx.loaders.nodesLinked('FULFILLS', 'IN', mandate.id),
  },
} satisfies Resolvers;
