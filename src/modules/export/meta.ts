import { readFileSync } from 'node:fs';
import type { Selection } from '../network/selection.js';

/** How a file was made; every format records it (see docs/exports.md). */
export interface ExportMeta {
  readonly selection: Selection;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly product: string;
  readonly version: string;
  readonly sourceNote: string;
  /** False for the collaboration network (a collaboration is mutual), true for every other selection. */
  readonly directed: boolean;
  /** How the node metrics were computed, and whether betweenness and community were left out. */
  readonly metricsNote: string;
}

export const SOURCE_NOTE =
  "Each node's sourceRefs and sourceTitles properties (parallel lists) say where its facts come from: " +
  "a seed article (file and title), a URL or a data package. A source ref 'synthetic' marks generated demo data, not fact.";

export const METRICS_NOTE =
  'degree, weightedDegree, betweenness and community are computed on the exported graph taken as undirected: ' +
  'degree = edges at the node; weightedDegree = the sum of their weights; betweenness = normalised betweenness ' +
  'over hop-count shortest paths (edges between the same two nodes count as one link); community = Louvain ' +
  '(seeded, so the same graph gets the same communities), numbered 0, 1, ... in the order their first node appears.';

const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

/** Whether a selection's edges have a direction: the collaboration network's do not. */
export function isDirected(selection: Selection): boolean {
  return selection.kind !== 'collaboration';
}

export function exportMeta(selection: Selection, now: Date = new Date(), metricsNote: string = METRICS_NOTE): ExportMeta {
  return { selection, createdAt: now.toISOString(), product: pkg.name, version: pkg.version, sourceNote: SOURCE_NOTE, directed: isDirected(selection), metricsNote };
}

/** The meta as plain lines, for formats that record it in comments (Cypher, XML comments). */
export function metaLines(meta: ExportMeta): string[] {
  return [
    `made by: ${meta.product} ${meta.version}`,
    `created: ${meta.createdAt}`,
    `selection: ${JSON.stringify(meta.selection)}`,
    `edges: ${meta.directed ? 'directed' : 'undirected'}`,
    `metrics: ${meta.metricsNote}`,
    `sources: ${meta.sourceNote}`,
  ];
}

/** The meta as JSON (the JSON formats' meta, metadata.json). */
export function metaJson(meta: ExportMeta) {
  return {
    selection: meta.selection, createdAt: meta.createdAt, product: meta.product, version: meta.version,
    directed: meta.directed, metrics: meta.metricsNote, sourceNote: meta.sourceNote,
  };
}
