// What main.ts asks of a renderer. Two implement it: Cytoscape.js (render.ts) for views up to
// BIG_VIEW nodes, with arrows, dashed line styles and a focus ring; sigma.js (sigmaRender.ts,
// WebGL) above, where Cytoscape's canvas could not keep panning fluid (docs/explorer.md).
import type { ViewEdge, ViewNode } from './types.js';

export interface NodeLook { colour: string; size: number }
export interface NodeData { short: string; full: string; focus: boolean; priority: number }

export interface DrawingOptions {
  container: HTMLElement;
  onTap(id: string): void;
  onExpand(id: string): void;
  onLabelsPlaced(count: number): void;
  /** The words shown on an edge when a node or the edge is hovered: "Ikut dalam program · Pemimpin". */
  edgeText(edge: ViewEdge): string;
}

export interface Drawing {
  readonly renderer: 'cytoscape' | 'sigma';
  /** Adds nodes and edges (ids already drawn are skipped); new nodes start at `near`. Returns the new node ids. */
  add(nodes: readonly ViewNode[], edges: readonly ViewEdge[], data: (node: ViewNode) => NodeData, collaboration: boolean, near?: string): string[];
  restyle(look: (id: string) => NodeLook | undefined, data?: (id: string) => NodeData | undefined): void;
  setEdgeTexts(text: (id: string) => string): void;
  hide(ids: ReadonlySet<string>): void;
  visibleEdges(): number;
  layout(name: 'cose' | 'concentric', distance: (id: string) => number, only?: readonly string[]): void;
  fit(): void;
  /** The container changed size (a toolbar wrapped, the window was resized): redraw and fit. */
  resized(): void;
  zoomBy(factor: number): void;
  /** Centres on a node and rings it as found. */
  reveal(id: string): boolean;
  clearMarks(): void;
  placeLabels(): void;
  labelledCount(): number;
  destroy(): void;
}
