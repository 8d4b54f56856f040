import type { GraphEdge, GraphNode } from '../network/types.js';
import type { NodeAttribute } from './attributes.js';
import type { ExportMeta } from './meta.js';
import type { Sink } from './sink.js';

/**
 * The structural metrics every exported node carries (see docs/exports.md, "Metrics"):
 * betweenness and community are null only in a whole-graph export too large to measure
 * (WHOLE_METRICS_MAX_NODES / _EDGES, or past its time budget); meta.metrics says why.
 */
export interface ExportNodeMetrics {
  readonly degree: number;
  readonly weightedDegree: number;
  readonly betweenness: number | null;
  readonly community: number | null;
}

export interface ExportNode extends GraphNode {
  readonly metrics: ExportNodeMetrics;
}

/** What a writer reads: nodes first, then edges, each consumed once, as they arrive. */
export interface ExportInput {
  readonly meta: ExportMeta;
  /** The stored node properties to declare (GraphML keys, GEXF attributes, CSV columns). */
  readonly attributes: readonly NodeAttribute[];
  readonly nodes: AsyncIterable<ExportNode>;
  readonly edges: AsyncIterable<GraphEdge>;
}

export type Writer = (input: ExportInput, sink: Sink) => Promise<void>;
