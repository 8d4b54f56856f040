// A node's sources as the API stores them in its properties: parallel lists sourceRefs (the
// seed article's file name, a URL, or `synthetic`) and sourceTitles. Pure:
// test/unit/explorerLabels.test.ts.

/** The ref of generated demo data (src/modules/shared/sources.ts's SYNTHETIC_REF). */
export const SYNTHETIC_REF = 'synthetic';

export interface NodeSource { ref: string; title: string; synthetic: boolean; url?: string }

/** The node's sources, paired ref with title, the real ones first. */
export function nodeSources(properties: Record<string, unknown>): NodeSource[] {
  const refs = Array.isArray(properties.sourceRefs) ? properties.sourceRefs.map(String) : [];
  const titles = Array.isArray(properties.sourceTitles) ? properties.sourceTitles.map(String) : [];
  const sources = refs.map((ref, i): NodeSource => {
    const title = titles[i]?.trim() || ref;
    return { ref, title, synthetic: ref === SYNTHETIC_REF, ...(/^https?:\/\//.test(ref) ? { url: ref } : {}) };
  });
  return [...sources.filter((s) => !s.synthetic), ...sources.filter((s) => s.synthetic)];
}

/** Properties shown in the sources list rather than as rows. */
export const SOURCE_PROPERTIES = new Set(['sourceRefs', 'sourceTitles']);
