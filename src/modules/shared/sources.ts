/** The ref the seed gives generated demo facts (src/seed/sources.ts). */
export const SYNTHETIC_REF = 'synthetic';

/** One source of a fact, as the API shows it. */
export interface SourceOf {
  ref: string;
  title: string;
  /** True for generated demo facts, so nobody mistakes them for fact. */
  synthetic: boolean;
}

/** The node's sources, from the two parallel lists they are stored in. */
export function sourcesOf(node: { sourceRefs: string[]; sourceTitles: string[] }): SourceOf[] {
  return node.sourceRefs.map((ref, i) => ({ ref, title: node.sourceTitles[i] ?? '', synthetic: ref === SYNTHETIC_REF }));
}
