import type { ProgramResolvers } from '../../../graphql/generated/resolvers.js';
import { ParticipationRole, PartnerRole } from '../../../model/enums.js';
import { sourcesOf } from '../../shared/sources.js';
import { withRole } from '../../shared/withRole.js';

/** A program's fields beyond its own properties: its links, through the request's loaders. */
export const Program: ProgramResolvers = {
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
};
