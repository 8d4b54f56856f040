// The legends under the graph: what the node colours mean (kinds, helix strands, or the
// communities with the small ones grouped as "lainnya"), and what each edge colour and line
// style means; the roles an edge type carries are in the entry's tooltip and on hover in the graph.
import { communityColours, edgeStyle, HELIX_COLOURS, KIND_COLOURS } from './colours.js';
import { $, enumLabel, format, t } from './i18n.js';
import type { ColourBy } from './urlState.js';
import type { Kind, ViewEdge, ViewNode } from './types.js';

const ROLE_ENUM: Record<string, string> = { PARTICIPATES_IN: 'ParticipationRole', PARTNERS_IN: 'PartnerRole' };

/** A role in the page's words: LEAD -> "Pemimpin". */
export const roleLabel = (type: string, role: string) => enumLabel(ROLE_ENUM[type] ?? 'ParticipationRole', role);

/** What an edge says on hover: "Ikut dalam program · Pemimpin", "Berkolaborasi dengan · 3 program bersama". */
export function edgeText(edge: ViewEdge): string {
  const type = enumLabel('EdgeType', edge.type);
  if (edge.type === 'COLLABORATES_WITH') return `${type} · ${t('legend.sharedPrograms', { n: format().number(edge.weight), count: edge.weight })}`;
  return edge.role ? `${type} · ${roleLabel(edge.type, edge.role)}` : type;
}

function entry(colour: string, text: string, testid: string, line?: string) {
  const item = document.createElement('span');
  item.dataset.testid = testid;
  const mark = document.createElement('i');
  if (line) {
    mark.className = `line ${line}`;
    mark.style.borderTopColor = colour;
  } else {
    mark.style.background = colour;
  }
  item.append(mark, text);
  return item;
}

export function nodeLegend(by: ColourBy, nodes: readonly ViewNode[]) {
  const box = $('legend');
  box.textContent = '';
  if (by === 'helix') {
    for (const [strand, colour] of Object.entries(HELIX_COLOURS)) box.append(entry(colour, strand === 'not an actor' ? t('legend.notActor') : enumLabel('Helix', strand), 'legend-entry'));
  } else if (by === 'community') {
    const fmt = format();
    for (const item of communityColours(nodes).legend) {
      const text = item.community === 'other'
        ? t('legend.other', { n: fmt.number(item.communities), nodes: fmt.number(item.nodes), count: item.nodes })
        : t('legend.community', { n: fmt.number(item.community), nodes: fmt.number(item.nodes), count: item.nodes });
      box.append(entry(item.colour, text, item.community === 'other' ? 'legend-other' : 'legend-entry'));
    }
  } else {
    const present = new Set(nodes.map((n) => n.kind));
    for (const [kind, colour] of Object.entries(KIND_COLOURS) as Array<[Kind, string]>) {
      if (present.size === 0 || present.has(kind)) box.append(entry(colour, enumLabel('NodeKind', kind), 'legend-entry'));
    }
  }
}

/** `solid`: the renderer draws every edge solid (sigma), so the legend shows no dashes. */
export function edgeLegend(edges: readonly ViewEdge[], solid = false) {
  const box = $('edge-legend');
  box.textContent = '';
  const roles = new Map<string, Set<string>>();
  for (const edge of edges) {
    const set = roles.get(edge.type) ?? new Set<string>();
    if (edge.role) set.add(edge.role);
    roles.set(edge.type, set);
  }
  for (const [type, set] of [...roles.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const look = edgeStyle(type);
    const roleNames = [...set].sort().map((role) => roleLabel(type, role));
    const text = set.has('LEAD') ? `${enumLabel('EdgeType', type)} (${roleLabel(type, 'LEAD')}: ${t('legend.thick')})` : enumLabel('EdgeType', type);
    const item = entry(look.colour, text, 'edge-legend-entry', solid ? 'solid' : look.line);
    if (roleNames.length) item.title = `${t('legend.roles')}: ${roleNames.join(', ')}`;
    box.append(item);
  }
}
