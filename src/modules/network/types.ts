/** The shapes of a network view, shared by the GraphQL API, the exports and the explorer. */

export const NODE_KINDS = {
  AGENCY: 'Agency', PROGRAM: 'Program', REGION: 'Region', THEME: 'Theme', PARTNER: 'Partner',
  MANDATE: 'Mandate', REGULATION: 'Regulation', INDICATOR: 'Indicator', FORUM: 'Forum',
} as const;

export type NodeKind = keyof typeof NODE_KINDS;

/** Stored relationship types a view may follow: the allow-list. */
export const STORED_EDGE_TYPES = [
  'HOLDS', 'GRANTED_BY', 'CONCERNS', 'PARTICIPATES_IN', 'ADDRESSES', 'COVERS', 'MEASURED_BY',
  'FULFILLS', 'GOVERNED_BY', 'PARTNERS_IN', 'JURISDICTION', 'PART_OF', 'MEMBER_OF', 'REPORTS_TO',
] as const;

export type StoredEdgeType = (typeof STORED_EDGE_TYPES)[number];
export type EdgeType = StoredEdgeType | 'COLLABORATES_WITH';

export interface NodeMetrics {
  readonly degree: number;
  readonly weightedDegree: number;
  readonly betweenness: number;
  readonly community: number;
}

export interface GraphNode {
  /** `Label:key`, e.g. `Agency:kemenpanrb`. */
  readonly id: string;
  readonly kind: NodeKind;
  readonly key: string;
  readonly label: string;
  /** Hops from the nearest focus node; 0 for focus nodes and in whole-graph exports. */
  readonly distance: number;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GraphEdge {
  /** `source|TYPE|target`. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: EdgeType;
  readonly role: string | null;
  readonly weight: number;
}

export interface Subgraph {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly truncated: boolean;
}
