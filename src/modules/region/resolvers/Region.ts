import type { RegionResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** A region's fields beyond its own properties: its place in the hierarchy and its links. */
export const Region: RegionResolvers = {
  sources: sourcesOf,
  hasOutermostIslands: (region) => region.outermostIslandCount > 0,
  parent: async (region, _, ctx) => (await ctx.loaders.nodesLinked('REGION_PART_OF', 'OUT', region.code))[0] ?? null,
  children: async (region, { first }, ctx) => {
    const children = await ctx.loaders.nodesLinked('REGION_PART_OF', 'IN', region.code);
    return first == null ? children : children.slice(0, Math.max(0, first));
  },
  programs: (region, _, ctx) => ctx.loaders.nodesLinked('COVERS', 'IN', region.code),
  agencies: (region, _, ctx) => ctx.loaders.nodesLinked('JURISDICTION', 'IN', region.code),
};
