import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { PartnerRole } from '../../model/enums.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf } from '../shared/sources.js';

export const partnerResolvers = {
  Query: {
    partner: (_, { id }, ctx) => ctx.loaders.node('Partner').load(id),
    partners: (_, args, ctx) => listConnection(ctx, 'Partner', args, 'NAME'),
  },
  Mutation: {
    createPartner: (_, { input }, ctx) => createNode(ctx, 'Partner', input),
    updatePartner: (_, { id, input }, ctx) => updateNode(ctx, 'Partner', id, input),
    deletePartner: (_, { id }, ctx) => deleteNode(ctx, 'Partner', id),
  },
  Partner: {
    sources: sourcesOf,
    programs: async (partner, _, ctx) =>
      (await ctx.loaders.linked('PARTNERS_IN', 'OUT').load(partner.id))
        .map((link) => ({ role: PartnerRole.parse(link.role), program: link.node })),
  },
} satisfies Resolvers;
