import type { Source } from '../../graphql/generated/resolvers.js';

export const SYNTHETIC_REF = 'synthetic';

/** The node's sources, from the two parallel lists they are stored in. */
export function sourcesOf(node: { sourceRefs: string[]; sourceTitles: string[] }): Source[] {
  return node.sourceRefs.map((ref, i) => ({ ref, title: node.sourceTitles[i] ?? '', synthetic: ref === SYNTHETIC_REF }));
}

/** Keeps the links whose role is `role`; all of them when it is null or absent. */
export function withRole<T extends { role: string | null }>(links: T[], role: string | null | undefined): T[] {
  return role ? links.filter((link) => link.role === role) : links;
}
