import { readFileSync } from 'node:fs';
import type { Selection } from '../network/selection.js';

/** How a file was made; every format records it (see README, "Exports"). */
export interface ExportMeta {
  readonly selection: Selection;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly product: string;
  readonly version: string;
  readonly sourceNote: string;
}

export const SOURCE_NOTE =
  "Each node's sourceRefs and sourceTitles properties (parallel lists) say where its facts come from: " +
  "a seed article (file and title), a URL or a data package. A source ref 'synthetic' marks generated demo data, not fact.";

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export function exportMeta(selection: Selection, now: Date = new Date()): ExportMeta {
  return { selection, createdAt: now.toISOString(), product: pkg.name, version: pkg.version, sourceNote: SOURCE_NOTE };
}

/** The meta as plain lines, for formats that record it in comments (CSV, Cypher, XML comments). */
export function metaLines(meta: ExportMeta): string[] {
  return [
    `made by: ${meta.product} ${meta.version}`,
    `created: ${meta.createdAt}`,
    `selection: ${JSON.stringify(meta.selection)}`,
    `sources: ${meta.sourceNote}`,
  ];
}
