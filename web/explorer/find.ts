// "Find in the drawn graph": a name among the nodes drawn. Pure: test/unit/explorerLabels.test.ts.

const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Nodes of the drawn view whose label, full name or key holds the text, best first: a label
 * that starts with it, then a name that does, then anywhere.
 */
export function findInView<T extends { id: string; key: string }>(text: string, nodes: readonly T[], names: (node: T) => string[]): T[] {
  const wanted = fold(text.trim());
  if (!wanted) return [];
  const scored: Array<[number, T]> = [];
  for (const node of nodes) {
    const texts = [...names(node), node.key].map(fold);
    const score = texts.some((s) => s === wanted) ? 0 : texts.some((s) => s.startsWith(wanted)) ? 1 : texts.some((s) => s.includes(wanted)) ? 2 : -1;
    if (score >= 0) scored.push([score, node]);
  }
  return scored.sort((a, b) => a[0] - b[0]).map(([, node]) => node);
}
