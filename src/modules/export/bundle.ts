import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Zip, ZipDeflate } from 'fflate';
import type { Selection } from '../network/selection.js';
import { EDGE_COLUMNS, NODE_COLUMNS, writeEdgesCsv, writeNodesCsv } from './csv.js';
import { exportWith, type ExportProgress, type ExportResult, type WriterNeeds } from './exportGraph.js';
import { metaJson } from './meta.js';
import { OutputClosedError, Sink, type SinkOptions } from './sink.js';
import type { Executor } from '../../db/executor.js';
import type { Writer } from './types.js';

/** What a CSV bundle holds, in this order: a folder of these files, or a .zip of them. */
export const BUNDLE_FILES = ['nodes.csv', 'edges.csv', 'metadata.json'] as const;
type BundleFile = (typeof BUNDLE_FILES)[number];

const BUNDLE_NEEDS: WriterNeeds = { declaresAttributes: true, readsNodes: true, readsEdges: true, measures: true };

const COLUMN_NOTES: Record<string, string> = {
  id: 'the node id, Label:key (edges.csv source and target use it)',
  kind: 'AGENCY, PROGRAM, REGION, THEME, PARTNER, MANDATE, REGULATION, INDICATOR or FORUM',
  key: "the node's key: its stored id, or code for a Region",
  label: 'a display name: acronym, name or title',
  degree: 'edges at the node in this file',
  weightedDegree: 'the sum of the weights of those edges',
  betweenness: 'normalised betweenness (0 to 1) over hop-count shortest paths, the graph taken as undirected',
  community: 'Louvain community number (seeded)',
  source: 'the id of the edge\'s first node (for a directed graph, where it starts)',
  target: 'the id of the edge\'s other node',
  type: 'the relationship type (COLLABORATES_WITH in the collaboration network)',
  role: 'the role of a participation or partnership (LEAD, IMPLEMENTER, ...), empty otherwise',
  weight: 'the collaboration network: programs the two agencies share; 1 for a stored relationship',
};

/** metadata.json: what the four `#` lines of a CSV once said, and what the files hold. */
export function bundleMetadata(result: ExportResult, nodeColumns: readonly string[]) {
  return {
    ...metaJson(result.meta),
    counts: { nodes: result.nodes, edges: result.edges },
    truncated: result.truncated,
    files: {
      'nodes.csv': { rows: result.nodes, columns: nodeColumns },
      'edges.csv': { rows: result.edges, columns: EDGE_COLUMNS },
    },
    columns: COLUMN_NOTES,
    csv: {
      dialect: 'RFC 4180: comma-separated, double-quoted text, LF line ends, UTF-8 without a byte-order mark; the header is the first line',
      lists: 'list properties (sourceRefs, sourceTitles, ...) are JSON text, e.g. ["a","b"]',
      neutralised: "a text cell that starts with =, +, -, @, a tab or a carriage return begins with a single quote ' (spreadsheet formula injection); numbers are written as numbers",
    },
  };
}

/**
 * Writes the CSV bundle: nodes.csv, then edges.csv, then metadata.json (its counts known only
 * once both are written), each through `open(name)`; one pass over the graph, as exportGraph.
 */
export async function writeBundle(
  db: Executor,
  selection: Selection,
  open: (name: BundleFile) => Writable,
  progress: ExportProgress = {},
  now: Date = new Date(),
  sinkOptions: SinkOptions = {},
): Promise<ExportResult> {
  let nodeColumns: string[] = [...NODE_COLUMNS];
  const writeFile = async (name: BundleFile, write: (sink: Sink) => Promise<void>) => {
    const out = open(name);
    // A file that cannot be opened or written (a full disk, a folder in its place) fails the export.
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    failed.catch(() => undefined);
    const sink = new Sink(out, sinkOptions);
    const work = (async () => {
      await write(sink);
      await sink.flush();
      out.end();
      await finished(out);
    })();
    // Whichever loses the race may still reject: that is the same failure, already reported.
    work.catch(() => undefined);
    await Promise.race([failed, work]);
  };
  const writer: Writer = async (input) => {
    nodeColumns = [...NODE_COLUMNS, ...input.attributes.map((attribute) => attribute.name)];
    await writeFile('nodes.csv', (sink) => writeNodesCsv(input, sink));
    await writeFile('edges.csv', (sink) => writeEdgesCsv(input, sink));
  };
  const nowhere = new Writable({ write: (_chunk, _encoding, done) => done() });
  const result = await exportWith(db, selection, BUNDLE_NEEDS, writer, nowhere, progress, now, sinkOptions);
  const metadata = `${JSON.stringify(bundleMetadata(result, nodeColumns), null, 2)}\n`;
  await writeFile('metadata.json', (sink) => sink.write(metadata));
  return result;
}

/** The bundle as files in `dir` (which must exist). */
export function writeBundleFolder(db: Executor, selection: Selection, dir: string, progress?: ExportProgress, now?: Date): Promise<ExportResult> {
  return writeBundle(db, selection, (name) => createWriteStream(join(dir, name)), progress, now);
}

/**
 * The bundle as one .zip streamed to `out` (fflate, deflated entries), chunk by chunk with the
 * output's backpressure: nothing is held but the chunk in hand. Does not end `out`.
 */
export async function writeBundleZip(
  db: Executor,
  selection: Selection,
  out: Writable,
  progress: ExportProgress = {},
  now: Date = new Date(),
  sinkOptions: SinkOptions = {},
): Promise<ExportResult> {
  let failed: Error | undefined;
  let resolveEnd!: () => void;
  let rejectEnd!: (error: Error) => void;
  const ended = new Promise<void>((resolve, reject) => { resolveEnd = resolve; rejectEnd = reject; });
  const zip = new Zip((error, chunk, final) => {
    if (error) {
      failed = error;
      rejectEnd(error);
      return;
    }
    if (!out.destroyed) out.write(chunk);
    if (final) resolveEnd();
  });
  const entries: Writable[] = [];
  out.once('close', () => { for (const entry of entries) entry.destroy(new OutputClosedError()); });
  const open = (name: BundleFile) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        if (failed) return done(failed);
        entry.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if (!out.writableNeedDrain) return done();
        // The reader is slower than the writer: wait for it, as Sink does for a plain file.
        const onDrain = () => { out.off('close', onClose); done(); };
        const onClose = () => { out.off('drain', onDrain); done(new OutputClosedError()); };
        out.once('drain', onDrain);
        out.once('close', onClose);
      },
      final(done) {
        entry.push(new Uint8Array(0), true);
        done();
      },
    });
    entries.push(stream);
    return stream;
  };
  const result = await writeBundle(db, selection, open, progress, now, sinkOptions);
  zip.end();
  await ended;
  return result;
}
