import { z } from 'zod';
import { defineQuery, type Send } from '../../db/query.js';
import { NotFoundError } from '../../errors.js';
import { NODE_KINDS, type GraphNode, type NodeKind } from './types.js';

/** The kind of a node label, and back; labels outside NODE_KINDS are never in a view. */
const KIND_OF_LABEL = new Map<string, NodeKind>(
  Object.entries(NODE_KINDS).map(([kind, label]) => [label, kind as NodeKind]),
);

export function kindOfLabel(label: string): NodeKind {
  const kind = KIND_OF_LABEL.get(label);
  if (!kind) throw new Error(`label ${label} is not a network node kind`);
  return kind;
}

const Properties = z.record(z.string(), z.unknown());

/** A node of a view from its label and stored properties: `Label:key`, key = id (code for regions). */
export function graphNode(label: string, properties: Record<string, unknown>, distance: number): GraphNode {
  const kind = kindOfLabel(label);
  const key = String(kind === 'REGION' ? properties.code : properties.id);
  const display = [properties.acronym, properties.name, properties.title].find((v) => typeof v === 'string' && v !== '');
  return { id: `${label}:${key}`, kind, key, label: (display as string | undefined) ?? key, distance, properties };
}

const focusQuery = defineQuery({
  file: new URL('./focus.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    focus: z.array(z.object({ kind: z.string(), key: z.string() })),
    theme: z.string().nullable(),
    region: z.string().nullable(),
  }),
  row: z.object({
    themeKnown: z.boolean(),
    regionKnown: z.boolean(),
    found: z.array(z.object({ index: z.number().int(), element: z.string(), label: z.string(), properties: Properties })),
  }),
});

export interface FocusNode {
  readonly element: string;
  readonly node: GraphNode;
}

/**
 * Finds the focus nodes (one statement) and checks the filter's theme and region on the way.
 * Throws NOT_FOUND naming `focus.<i>.key`, `filter.theme` or `filter.region`.
 */
export async function resolveFocus(
  send: Send,
  focus: ReadonlyArray<{ kind: NodeKind; key: string }>,
  filter: { theme: string | null; region: string | null },
): Promise<FocusNode[]> {
  const [row] = await focusQuery.runIn(send, { focus: focus.map((f) => ({ kind: f.kind, key: f.key })), ...filter });
  if (!row) throw new Error('network/focus returned no row');
  const byIndex = new Map(row.found.map((f) => [f.index, f]));
  focus.forEach((f, index) => {
    if (!byIndex.has(index)) throw new NotFoundError(NODE_KINDS[f.kind], f.key, `focus.${index}.key`);
  });
  if (!row.themeKnown) throw new NotFoundError('Theme', filter.theme!, 'filter.theme');
  if (!row.regionKnown) throw new NotFoundError('Region', filter.region!, 'filter.region');
  const seen = new Set<string>();
  const nodes: FocusNode[] = [];
  for (const f of row.found.sort((a, b) => a.index - b.index)) {
    if (seen.has(f.element)) continue; // the same node named twice
    seen.add(f.element);
    nodes.push({ element: f.element, node: graphNode(f.label, f.properties, 0) });
  }
  return nodes;
}
