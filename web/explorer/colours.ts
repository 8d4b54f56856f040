// Colours and line styles: node kinds, helix strands, communities (the small ones grouped as
// "other"), and one colour and dash per edge type. Pure: test/unit/explorerColours.test.ts.
import type { Kind, ViewNode } from './types.js';

export const KIND_COLOURS: Record<Kind, string> = {
  AGENCY: '#1f77b4', PROGRAM: '#ff7f0e', REGION: '#2ca02c', THEME: '#9467bd', PARTNER: '#d62728',
  MANDATE: '#8c564b', REGULATION: '#e377c2', INDICATOR: '#7f7f7f', FORUM: '#17becf',
};
export const HELIX_COLOURS: Record<string, string> = {
  GOVERNMENT: '#1f77b4', INDUSTRY: '#d62728', ACADEMIA: '#2ca02c', CIVIL_SOCIETY: '#ff7f0e', MEDIA: '#9467bd', 'not an actor': '#c7c7c7',
};
/** Twelve colours told apart on white and from each other (no two of one hue); grey is for "other". */
export const COMMUNITY_PALETTE = [
  '#1f77b4', '#e6550d', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
  '#e377c2', '#bcbd22', '#17becf', '#393b79', '#f0b400', '#00806b',
] as const;
export const OTHER_COLOUR = '#bbbbbb';

export interface CommunityColours {
  /** community number -> colour; communities not in it are "other". */
  colours: Map<number, string>;
  /** The legend: the coloured communities by size, then "other" with how many it groups. */
  legend: Array<{ community: number | 'other'; colour: string; nodes: number; communities: number }>;
}

/**
 * The biggest communities get a colour each; when there are more than the palette holds, the
 * last colour is given up and the smallest ones are grouped as "other" in grey.
 */
export function communityColours(nodes: readonly Pick<ViewNode, 'metrics'>[]): CommunityColours {
  const sizes = new Map<number, number>();
  for (const node of nodes) sizes.set(node.metrics.community, (sizes.get(node.metrics.community) ?? 0) + 1);
  const bySize = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const room = bySize.length <= COMMUNITY_PALETTE.length ? bySize.length : COMMUNITY_PALETTE.length - 1;
  const colours = new Map<number, string>();
  const legend: CommunityColours['legend'] = [];
  bySize.slice(0, room).forEach(([community, size], index) => {
    colours.set(community, COMMUNITY_PALETTE[index]!);
    legend.push({ community, colour: COMMUNITY_PALETTE[index]!, nodes: size, communities: 1 });
  });
  const rest = bySize.slice(room);
  if (rest.length) legend.push({ community: 'other', colour: OTHER_COLOUR, nodes: rest.reduce((sum, [, size]) => sum + size, 0), communities: rest.length });
  return { colours, legend };
}

export function helixOf(node: Pick<ViewNode, 'kind' | 'properties'>): string {
  return node.kind === 'AGENCY' ? 'GOVERNMENT' : node.kind === 'PARTNER' ? String(node.properties.helix ?? 'not an actor') : 'not an actor';
}

/** How an edge type is drawn: a colour and a line style, so that types differ without colour too. */
export const EDGE_STYLES: Record<string, { colour: string; line: 'solid' | 'dashed' | 'dotted' }> = {
  PARTICIPATES_IN: { colour: '#1f77b4', line: 'solid' },
  PARTNERS_IN: { colour: '#d62728', line: 'solid' },
  COLLABORATES_WITH: { colour: '#4a6f96', line: 'solid' },
  MEMBER_OF: { colour: '#17a2b8', line: 'dashed' },
  ADDRESSES: { colour: '#9467bd', line: 'dotted' },
  COVERS: { colour: '#2ca02c', line: 'dotted' },
  JURISDICTION: { colour: '#6b8e23', line: 'dashed' },
  PART_OF: { colour: '#a0b0a0', line: 'dotted' },
  HOLDS: { colour: '#8c564b', line: 'solid' },
  GRANTED_BY: { colour: '#e377c2', line: 'dashed' },
  FULFILLS: { colour: '#bc8f5f', line: 'dashed' },
  GOVERNED_BY: { colour: '#c06090', line: 'dotted' },
  CONCERNS: { colour: '#7b68ee', line: 'dashed' },
  MEASURED_BY: { colour: '#7f7f7f', line: 'dashed' },
  REPORTS_TO: { colour: '#404040', line: 'solid' },
};
export const edgeStyle = (type: string) => EDGE_STYLES[type] ?? { colour: '#9aa7b0', line: 'solid' as const };
