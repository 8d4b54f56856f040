import type { AgencyResolvers } from '../../../graphql/generated/resolvers.js';
import { ParticipationRole } from '../../../model/enums.js';
import { sourcesOf } from '../../shared/sources.js';
import { withRole } from '../../shared/withRole.js';

/** An agency's fields beyond its own properties: its links, through the request's loaders. */
export const Agency: AgencyResolvers = {
  sources: sourcesOf,
  programs: async (agency, { role }, ctx) =>
    withRole(await ctx.loaders.linked('PARTICIPATES_IN', 'OUT').load(agency.id), role)
      .map((link) => ({ role: ParticipationRole.parse(link.role), program: link.node })),
  mandates: (agency, _, ctx) => ctx.loaders.nodesLinked('HOLDS', 'OUT', agency.id),
  jurisdiction: (agency, _, ctx) => ctx.loaders.nodesLinked('JURISDICTION', 'OUT', agency.id),
  forums: (agency, _, ctx) => ctx.loaders.nodesLinked('MEMBER_OF', 'OUT', agency.id),
  reportsTo: (agency, _, ctx) => ctx.loaders.nodesLinked('REPORTS_TO', 'OUT', agency.id),
  subordinates: (agency, _, ctx) => ctx.loaders.nodesLinked('REPORTS_TO', 'IN', agency.id),
};
