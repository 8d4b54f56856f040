import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createRegion, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf } from '../shared/sources.js';

export const regionResolvers = {
  Query: {
    region: (_, { code }, ctx) => ctx.loaders.node('Region').load(code),
    regions: (_, args, ctx) => listConnection(ctx, 'Region', args, 'CODE'),
  },
  Mutation: {
    createRegion: (_, { input }, ctx) => createRegion(ctx, input),
    updateRegion: (_, { code, input }, ctx) => updateNode(ctx, 'Region', code, input),
    deleteRegion: (_, { code }, ctx) => deleteNode(ctx, 'Region', code),
  },
  Region: {
    sources: sourcesOf,
    hasOutermostIslands: (region) => region.outermostIslandCount > 0,
    parent: async (region, _, ctx) => (await ctx.loaders.nodesLinked('REGION_PART_OF', 'OUT', region.code))[0] ?? null,
    children: async (region, { first }, ctx) => {
      const children = await ctx.loaders.nodesLinked('REGION_PART_OF', 'IN', region.code);
      return first == null ? children : children.slice(0, Math.max(0, first));
    },
    programs: (region, _, ctx) => ctx.loaders.nodesLinked('COVERS', 'IN', region.code),
    agencies: (region, _, ctx) => ctx.loaders.nodesLinked('JURISDICTION', 'IN', region.code),
  },
} satisfies Resolvers;
