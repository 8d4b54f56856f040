import type { RegulationResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** A regulation's fields beyond its own properties: its links, through the request's loaders. */
export const Regulation: RegulationResolvers = {
  sources: sourcesOf,
  mandates: (regulation, _, ctx) => ctx.loaders.nodesLinked('GRANTED_BY', 'IN', regulation.id),
  programs: (regulation, _, ctx) => ctx.loaders.nodesLinked('GOVERNED_BY', 'IN', regulation.id),
};
