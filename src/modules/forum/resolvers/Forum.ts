import type { ForumResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** A forum's fields beyond its own properties: its members. */
export const Forum: ForumResolvers = {
  sources: sourcesOf,
  members: (forum, _, ctx) => ctx.loaders.nodesLinked('MEMBER_OF', 'IN', forum.id),
};
