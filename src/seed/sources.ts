/**
 * Where a seeded fact came from. Neo4j properties cannot hold maps, so a node (and a seeded
 * relationship) stores its sources as two parallel string lists, `sourceRefs` and `sourceTitles`.
 */
export interface Source {
  readonly ref: string;
  readonly title: string;
}

export const IDN_AREA_DATA: Source = {
  ref: 'npm:idn-area-data@3.1.2',
  title: 'Indonesia administrative area data (idn-area-data)',
};

/** The ref the API turns into `synthetic: true` (src/modules/shared/sources.ts). */
export const SYNTHETIC: Source = {
  ref: 'synthetic',
  title: 'Generated demo data (deterministic, not fact)',
};

export function sourceProps(sources: readonly Source[]): { sourceRefs: string[]; sourceTitles: string[] } {
  if (sources.length === 0) throw new Error('a seeded fact needs at least one source');
  return { sourceRefs: sources.map((s) => s.ref), sourceTitles: sources.map((s) => s.title) };
}
