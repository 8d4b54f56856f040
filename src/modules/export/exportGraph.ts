import type { Writable } from 'node:stream';
import { loadSubgraph } from '../network/load.js';
import { measureOffThread } from '../network/metricsPool.js';
import type { Selection } from '../network/selection.js';
import type { GraphEdge, GraphNode } from '../network/types.js';
import { writeBundleZip } from './bundle.js';
import { attributesFromNodes, type NodeAttribute } from './attributes.js';
import { FORMATS, type ExportFormat } from './formats.js';
import { exportMeta, METRICS_NOTE, type ExportMeta } from './meta.js';
import { Sink, type SinkOptions } from './sink.js';
import type { Executor } from '../../db/executor.js';
import { wholeAttributes, wholeCounts, wholeEdges, wholeNodes } from './source.js';
import type { ExportNode, Writer } from './types.js';
import { wholeStructure } from './wholeMetrics.js';

export interface ExportProgress {
  /** Called after each node and each edge is written. */
  onNode?(): void;
  onEdge?(): void;
  /** Called once the nodes are written and the edges are about to start. */
  onNodesDone?(): void;
  /**
   * Called before writing with how many nodes and edges the file will hold (for a progress bar);
   * for the whole graph this costs one counting statement, so it runs only when given.
   */
  onTotals?(totals: { nodes: number; edges: number }): void;
  /** Called when the whole graph's betweenness and community are about to be computed (seconds to a minute). */
  onMeasuring?(graph: { nodes: number; edges: number }): void;
}

export interface ExportResult {
  readonly nodes: number;
  readonly edges: number;
  readonly truncated: boolean;
  /** What the file records of its making (metadata.json of a CSV bundle is made from it). */
  readonly meta: ExportMeta;
}

/**
 * Writes the selection in the format to `out`, chunk by chunk. The whole graph streams from
 * the database through Executor.stream (nodes, then edges) and is never held in memory (only its ids and edges, for its
 * betweenness and community, when it is within WHOLE_METRICS_MAX_NODES / _EDGES); a network or
 * collaboration view is bounded by its node limit (at most 2,000), so it is loaded first with
 * loadSubgraph and measured (measureOffThread: the explorer's metrics).
 * Does not end `out`: the caller does (a file, or an HTTP response). With `sinkOptions.stallTimeoutMs`,
 * a reader that takes nothing for that long fails the export (StalledReaderError); either way an
 * export whose output closes stops at the next row, and the session it streams from (Executor.stream) is
 * closed as the rejection unwinds the row generators.
 */
export async function exportGraph(
  db: Executor,
  selection: Selection,
  format: ExportFormat,
  out: Writable,
  progress: ExportProgress = {},
  now: Date = new Date(),
  sinkOptions: SinkOptions = {},
): Promise<ExportResult> {
  if (format === 'csv.zip') return writeBundleZip(db, selection, out, progress, now, sinkOptions);
  const spec = FORMATS[format];
  return exportWith(db, selection, spec, spec.write, out, progress, now, sinkOptions);
}

/** What a writer needs to know of the format it writes. */
export interface WriterNeeds {
  readonly declaresAttributes: boolean;
  readonly readsNodes: boolean;
  readonly readsEdges: boolean;
  /** Whether the writer writes node metrics (so they are computed first). */
  readonly measures: boolean;
}

/** exportGraph with the writer given (the CSV bundle writes several files in one pass). */
export async function exportWith(
  db: Executor,
  selection: Selection,
  spec: WriterNeeds,
  write: Writer,
  out: Writable,
  progress: ExportProgress = {},
  now: Date = new Date(),
  sinkOptions: SinkOptions = {},
): Promise<ExportResult> {
  let nodes: AsyncIterable<ExportNode>;
  let edges: AsyncIterable<GraphEdge>;
  let attributes: NodeAttribute[] = [];
  let truncated = false;
  let metricsNote = METRICS_NOTE;
  if (selection.kind === 'whole') {
    if (spec.declaresAttributes) attributes = await wholeAttributes(db);
    const needsCounts = progress.onTotals !== undefined || (spec.measures && spec.readsNodes);
    const totals = needsCounts ? await wholeCounts(db) : { nodes: 0, edges: 0 };
    const structure = spec.measures && spec.readsNodes ? await wholeStructure(db, totals, undefined, () => progress.onMeasuring?.(totals)) : { metrics: null, note: METRICS_NOTE };
    metricsNote = structure.note;
    progress.onTotals?.({ nodes: spec.readsNodes ? totals.nodes : 0, edges: spec.readsEdges ? totals.edges : 0 });
    nodes = withWholeMetrics(wholeNodes(db, spec.measures), structure.metrics);
    edges = wholeEdges(db);
  } else {
    const subgraph = await loadSubgraph(db, selection);
    const view = spec.measures && spec.readsNodes
      ? await measureOffThread(subgraph)
      : { ...subgraph, nodes: subgraph.nodes.map((node) => ({ ...node, metrics: { degree: 0, weightedDegree: 0, betweenness: 0, community: 0 } })) };
    if (spec.declaresAttributes) attributes = attributesFromNodes(view.nodes);
    nodes = fromArray(view.nodes);
    edges = fromArray(subgraph.edges);
    truncated = subgraph.truncated;
    progress.onTotals?.({ nodes: spec.readsNodes ? subgraph.nodes.length : 0, edges: spec.readsEdges ? subgraph.edges.length : 0 });
  }
  const counts = { nodes: 0, edges: 0 };
  const breathe = breather();
  const countNodes = async function* () {
    if (spec.readsNodes) {
      for await (const node of nodes) {
        yield node;
        counts.nodes += 1;
        progress.onNode?.();
        await breathe();
      }
    }
    progress.onNodesDone?.();
  };
  const countEdges = async function* () {
    if (!spec.readsEdges) return;
    for await (const edge of edges) {
      yield edge;
      counts.edges += 1;
      progress.onEdge?.();
      await breathe();
    }
  };
  const sink = new Sink(out, sinkOptions);
  const meta = exportMeta(selection, now, metricsNote);
  await write({ meta, attributes, nodes: countNodes(), edges: countEdges() }, sink);
  await sink.flush();
  return { ...counts, truncated, meta };
}

/** Whole-graph nodes with their metrics: degree from the database, betweenness and community when measured. */
async function* withWholeMetrics(
  rows: AsyncIterable<{ node: GraphNode; degree: number }>,
  measured: Map<string, { betweenness: number; community: number }> | null,
): AsyncGenerator<ExportNode> {
  for await (const { node, degree } of rows) {
    const structure = measured?.get(node.id);
    // Every stored relationship weighs 1: the weighted degree is the degree.
    yield { ...node, metrics: { degree, weightedDegree: degree, betweenness: structure?.betweenness ?? null, community: structure?.community ?? null } };
  }
}

/** How long an export may write before it lets the other requests run. */
const SLICE_MS = 10;

/**
 * A pause for the event loop every SLICE_MS of writing. Rows the driver has already received,
 * and a sink whose buffer has room, resolve their promises as microtasks, which never give way:
 * eight exports of the whole graph would hold the process for seconds (/healthz waited 1.7 s in
 * the soak test) without it.
 */
function breather(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await new Promise((done) => setImmediate(done));
    since = performance.now();
  };
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

