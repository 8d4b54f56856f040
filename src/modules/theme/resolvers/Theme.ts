import type { ThemeResolvers } from '../../../graphql/generated/resolvers.js';
import { sourcesOf } from '../../shared/sources.js';

/** A theme's fields beyond its own properties: its place in the tree and its links. */
export const Theme: ThemeResolvers = {
  sources: sourcesOf,
  parent: async (theme, _, ctx) => (await ctx.loaders.nodesLinked('THEME_PART_OF', 'OUT', theme.id))[0] ?? null,
  children: (theme, _, ctx) => ctx.loaders.nodesLinked('THEME_PART_OF', 'IN', theme.id),
  programs: (theme, _, ctx) => ctx.loaders.nodesLinked('ADDRESSES', 'IN', theme.id),
  mandates: (theme, _, ctx) => ctx.loaders.nodesLinked('CONCERNS', 'IN', theme.id),
};
