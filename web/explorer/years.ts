// The year range: which programs run in some year of it. Pure: test/unit/explorerYears.test.ts.
import type { ViewEdge, ViewNode } from './types.js';

const year = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The span of a program's years; a program without years has none (and is never hidden). */
export function programYears(node: Pick<ViewNode, 'kind' | 'properties'>): { start: number; end: number } | undefined {
  if (node.kind !== 'PROGRAM') return undefined;
  const start = year(node.properties.startYear);
  const end = year(node.properties.endYear) ?? start;
  if (start === undefined || end === undefined) return undefined;
  return { start, end };
}

/** The smallest and largest year of the view's programs, or undefined when none has years. */
export function yearBounds(nodes: readonly Pick<ViewNode, 'kind' | 'properties'>[]): { min: number; max: number } | undefined {
  let min = Infinity;
  let max = -Infinity;
  for (const node of nodes) {
    const span = programYears(node);
    if (!span) continue;
    min = Math.min(min, span.start);
    max = Math.max(max, span.end);
  }
  return min <= max ? { min, max } : undefined;
}

/**
 * The nodes to hide for the range [from, to] (both ends included; an open end is undefined):
 * programs running in no year of it, then the nodes left with no edge but to hidden programs
 * (a region only these programs covered). Focus nodes always stay.
 */
export function hiddenByYears(view: { nodes: readonly ViewNode[]; edges: readonly ViewEdge[] }, from: number | undefined, to: number | undefined, focusIds: ReadonlySet<string>): Set<string> {
  const hidden = new Set<string>();
  if (from === undefined && to === undefined) return hidden;
  for (const node of view.nodes) {
    const span = programYears(node);
    if (!span || focusIds.has(node.id)) continue;
    if ((to !== undefined && span.start > to) || (from !== undefined && span.end < from)) hidden.add(node.id);
  }
  if (hidden.size === 0) return hidden;
  const touches = new Map<string, { kept: number; lost: number }>();
  const count = (id: string, other: string) => {
    const entry = touches.get(id) ?? { kept: 0, lost: 0 };
    if (hidden.has(other)) entry.lost += 1;
    else entry.kept += 1;
    touches.set(id, entry);
  };
  for (const edge of view.edges) {
    count(edge.source, edge.target);
    count(edge.target, edge.source);
  }
  for (const [id, entry] of touches) if (!hidden.has(id) && !focusIds.has(id) && entry.kept === 0 && entry.lost > 0) hidden.add(id);
  return hidden;
}
