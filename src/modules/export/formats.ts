import { z } from 'zod';
import { writeEdgesCsv, writeNodesCsv } from './csv.js';
import { writeCypherScript } from './cypherScript.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeCytoscapeJson, writeGraphologyJson } from './json.js';
import type { Writer } from './types.js';

export interface FormatSpec {
  /** File name extension, without the dot. */
  readonly extension: string;
  readonly contentType: string;
  readonly write: Writer;
  /** Whether the writer declares node attributes up front (so they are worked out first). */
  readonly declaresAttributes: boolean;
  readonly readsNodes: boolean;
  readonly readsEdges: boolean;
  /** Whether the file carries the node metrics (degree, weightedDegree, betweenness, community). */
  readonly measures: boolean;
}

/** 'csv.zip' is binary and several files: exportGraph hands it to writeBundleZip, never to a text writer. */
const bundleOnly: Writer = () => Promise.reject(new Error('csv.zip is written by writeBundleZip'));

export const FORMATS = {
  graphml: { extension: 'graphml', contentType: 'application/xml; charset=utf-8', write: writeGraphml, declaresAttributes: true, readsNodes: true, readsEdges: true, measures: true },
  gexf: { extension: 'gexf', contentType: 'application/xml; charset=utf-8', write: writeGexf, declaresAttributes: true, readsNodes: true, readsEdges: true, measures: true },
  'nodes.csv': { extension: 'nodes.csv', contentType: 'text/csv; charset=utf-8; header=present', write: writeNodesCsv, declaresAttributes: true, readsNodes: true, readsEdges: false, measures: true },
  'edges.csv': { extension: 'edges.csv', contentType: 'text/csv; charset=utf-8; header=present', write: writeEdgesCsv, declaresAttributes: false, readsNodes: false, readsEdges: true, measures: false },
  'cytoscape.json': { extension: 'cytoscape.json', contentType: 'application/json; charset=utf-8', write: writeCytoscapeJson, declaresAttributes: false, readsNodes: true, readsEdges: true, measures: true },
  'graphology.json': { extension: 'graphology.json', contentType: 'application/json; charset=utf-8', write: writeGraphologyJson, declaresAttributes: false, readsNodes: true, readsEdges: true, measures: true },
  // The CSV bundle (nodes.csv, edges.csv, metadata.json) as one .zip: written by src/modules/export/bundle.ts.
  'csv.zip': { extension: 'csv.zip', contentType: 'application/zip', write: bundleOnly, declaresAttributes: true, readsNodes: true, readsEdges: true, measures: true },
  cypher: { extension: 'cypher', contentType: 'text/plain; charset=utf-8', write: writeCypherScript, declaresAttributes: false, readsNodes: true, readsEdges: true, measures: false },
} as const satisfies Record<string, FormatSpec>;

export type ExportFormat = keyof typeof FORMATS;
export const EXPORT_FORMATS = Object.keys(FORMATS) as [ExportFormat, ...ExportFormat[]];
export const ExportFormat = z.enum(EXPORT_FORMATS, { error: `must be one of ${EXPORT_FORMATS.join(', ')}` });

/** `kolaborasi-<kind>-<YYYYMMDD-HHMMSS>.<ext>`, the time in UTC. */
export function exportFileName(kind: string, format: ExportFormat, now: Date): string {
  const stamp = now.toISOString().replace(/\.\d+Z$/, '').replace(/-|:/g, '').replace('T', '-');
  return `kolaborasi-${kind}-${stamp}.${FORMATS[format].extension}`;
}
