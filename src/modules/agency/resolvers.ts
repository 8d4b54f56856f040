import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { ParticipationRole } from '../../model/enums.js';
import { sourcesOf, withRole } from '../shared/sources.js';

export const agencyResolvers = {
  Query: {
    agency: (_, { id }, ctx) => ctx.loaders.node('Agency').load(id),
    agencies: (_, args, ctx) => listConnection(ctx, 'Agency', args, 'NAME'),
  },
  Mutation: {
    createAgency: (_, { input }, ctx) => createNode(ctx, 'Agency', input),
    updateAgency: (_, { id, input }, ctx) => updateNode(ctx, 'Agency', id, input),
    deleteAgency: (_, { id }, ctx) => deleteNode(ctx, 'Agency', id),
  },
  Agency: {
    sources: sourcesOf,
    programs: async (agency, { role }, ctx) =>
      withRole(await ctx.loaders.linked('PARTICIPATES_IN', 'OUT').load(agency.id), role)
        .map((link) => ({ role: ParticipationRole.parse(link.role), program: link.node })),
    mandates: (agency, _, ctx) => ctx.loaders.nodesLinked('HOLDS', 'OUT', agency.id),
    jurisdiction: (agency, _, ctx) => ctx.loaders.nodesLinked('JURISDICTION', 'OUT', agency.id),
    forums: (agency, _, ctx) => ctx.loaders.nodesLinked('MEMBER_OF', 'OUT', agency.id),
    reportsTo: (agency, _, ctx) => ctx.loaders.nodesLinked('REPORTS_TO', 'OUT', agency.id),
    subordinates: (agency, _, ctx) => ctx.loaders.nodesLinked('REPORTS_TO', 'IN', agency.id),
  },
} satisfies Resolvers;
