import type { GraphEdge, GraphNode } from '../network/types.js';
import type { NodeAttribute } from './attributes.js';
import type { ExportMeta } from './meta.js';
import type { Sink } from './sink.js';

/** What a writer reads: nodes first, then edges, each consumed once, as they arrive. */
export interface ExportInput {
  readonly meta: ExportMeta;
  /** The stored node properties to declare (GraphML keys, GEXF attributes, CSV columns). */
  readonly attributes: readonly NodeAttribute[];
  readonly nodes: AsyncIterable<GraphNode>;
  readonly edges: AsyncIterable<GraphEdge>;
}

export type Writer = (input: ExportInput, sink: Sink) => Promise<void>;
