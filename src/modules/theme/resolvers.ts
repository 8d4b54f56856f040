import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { listConnection } from '../nodes/listing.js';
import { createNode, deleteNode, updateNode } from '../nodes/nodeMutations.js';
import { sourcesOf } from '../shared/sources.js';

export const themeResolvers = {
  Query: {
    theme: (_, { id }, ctx) => ctx.loaders.node('Theme').load(id),
    themes: (_, args, ctx) => listConnection(ctx, 'Theme', args, 'NAME'),
  },
  Mutation: {
    createTheme: (_, { input }, ctx) => createNode(ctx, 'Theme', input),
    updateTheme: (_, { id, input }, ctx) => updateNode(ctx, 'Theme', id, input),
    deleteTheme: (_, { id }, ctx) => deleteNode(ctx, 'Theme', id),
  },
  Theme: {
    sources: sourcesOf,
    parent: async (theme, _, ctx) => (await ctx.loaders.nodesLinked('THEME_PART_OF', 'OUT', theme.id))[0] ?? null,
    children: (theme, _, ctx) => ctx.loaders.nodesLinked('THEME_PART_OF', 'IN', theme.id),
    programs: (theme, _, ctx) => ctx.loaders.nodesLinked('ADDRESSES', 'IN', theme.id),
    mandates: (theme, _, ctx) => ctx.loaders.nodesLinked('CONCERNS', 'IN', theme.id),
  },
} satisfies Resolvers;
