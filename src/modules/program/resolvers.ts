import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { ParticipationRole, PartnerRole } from '../../model/enums.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf, withRole } from '../shared/sources.js';

export const programResolvers = {
  Query: {
    program: (_, { id }, ctx) => ctx.loaders.node('Program').load(id),
    programs: (_, args, ctx) => listConnection(ctx, 'Program', args, 'NAME'),
  },
  Mutation: {
    createProgram: (_, { input }, ctx) => createNode(ctx, 'Program', input),
    updateProgram: (_, { id, input }, ctx) => updateNode(ctx, 'Program', id, input),
    deleteProgram: (_, { id }, ctx) => deleteNode(ctx, 'Program', id),
  },
  Program: {
    sources: sourcesOf,
    agencies: async (program, { role }, ctx) =>
      withRole(await ctx.loaders.linked('PARTICIPATES_IN', 'IN').load(program.id), role)
        .map((link) => ({ role: ParticipationRole.parse(link.role), agency: link.node })),
    partners: async (program, _, ctx) =>
      (await ctx.loaders.linked('PARTNERS_IN', 'IN').load(program.id))
        .map((link) => ({ role: PartnerRole.parse(link.role), partner: link.node })),
    themes: (program, _, ctx) => ctx.loaders.nodesLinked('ADDRESSES', 'OUT', program.id),
    regions: (program, _, ctx) => ctx.loaders.nodesLinked('COVERS', 'OUT', program.id),
    indicators: (program, _, ctx) => ctx.loaders.nodesLinked('MEASURED_BY', 'OUT', program.id),
    mandates: (program, _, ctx) => ctx.loaders.nodesLinked('FULFILLS', 'OUT', program.id),
    regulations: (program, _, ctx) => ctx.loaders.nodesLinked('GOVERNED_BY', 'OUT', program.id),
  },
} satisfies Resolvers;
