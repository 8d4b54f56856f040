// The shapes the explorer reads from /graphql and publishes on window for the tests.
export type Kind = 'AGENCY' | 'PROGRAM' | 'REGION' | 'THEME' | 'PARTNER' | 'MANDATE' | 'REGULATION' | 'INDICATOR' | 'FORUM';
export const KINDS: readonly Kind[] = ['AGENCY', 'PROGRAM', 'REGION', 'THEME', 'PARTNER', 'MANDATE', 'REGULATION', 'INDICATOR', 'FORUM'];

export interface NodeMetrics { degree: number; weightedDegree: number; betweenness: number; community: number }
export interface ViewNode {
  id: string;
  kind: Kind;
  key: string;
  label: string;
  distance: number;
  properties: Record<string, unknown>;
  metrics: NodeMetrics;
}
export interface ViewEdge { id: string; source: string; target: string; type: string; role: string | null; weight: number }
export interface View { nodes: ViewNode[]; edges: ViewEdge[]; truncated: boolean; selection: unknown }
export interface Focus { kind: Kind; key: string }

export interface ExplorerState {
  nodes: number;
  edges: number;
  focus: Focus[];
  view: 'network' | 'collaboration';
  status: 'idle' | 'loading' | 'drawn' | 'error';
  truncated: boolean;
  error: string | null;
  /** The last download: whether it worked, and the server's message when it did not. */
  download: 'none' | 'loading' | 'done' | 'error';
  downloadError: string | null;
  /** Nodes with their label drawn now (the rest show theirs on hover). */
  labelled: number;
  /** Nodes hidden by the year range (programs outside it, and what hangs only on them). */
  hiddenByYears: number;
  /** Nodes added by expanding (double-click or the details' button). */
  expanded: string[];
  /** Which library draws the view: Cytoscape.js up to 600 nodes, sigma.js (WebGL) above. */
  renderer: 'cytoscape' | 'sigma' | null;
  /** The node last found by "find in the drawn graph". */
  found: string | null;
  /** The page's query string as last written by history.replaceState. */
  url: string;
}
