import type { MandateResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** A mandate's fields beyond its own properties: its links, through the request's loaders. */
export const Mandate: MandateResolvers = {
  sources: sourcesOf,
  holders: (mandate, _, ctx) => ctx.loaders.nodesLinked('HOLDS', 'IN', mandate.id),
  grantedBy: (mandate, _, ctx) => ctx.loaders.nodesLinked('GRANTED_BY', 'OUT', mandate.id),
  themes: (mandate, _, ctx) => ctx.loaders.nodesLinked('CONCERNS', 'OUT', mandate.id),
  programs: (mandate, _, ctx) => ctx.loaders.nodesLinked('FULFILLS', 'IN', mandate.id),
};
