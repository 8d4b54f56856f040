import type { ExportFigures } from './exportRun.js';
import type { LoadFigures } from './load.js';
import type { Machine } from './machine.js';
import type { Sides } from './measure.js';
import { ratio, type Summary } from './stats.js';
import type { Throughput } from './throughput.js';

export interface CaseResult {
  readonly name: string;
  readonly kind: 'analysis' | 'entity';
  readonly latency: Sides<Summary>;
  /** ours ÷ floor and ours ÷ peer, on the medians. */
  readonly oursOverFloor: number | null;
  readonly oursOverPeer: number | null;
  /** How many statements our API sent for one request, and how the floor was written. */
  readonly statements: number;
  readonly floor: 'hand-written' | 'replayed';
  /** Why the peer has no figure, when it has none. */
  readonly peerAbsent?: string;
}

export interface BenchResults {
  readonly size: string;
  readonly date: string;
  readonly machine: Machine;
  /** exportable: the nodes and edges a whole-graph export holds (the view kinds; measurements are not among them). */
  readonly graph: { readonly nodes: number; readonly relationships: number; readonly exportable: { readonly nodes: number; readonly edges: number } };
  readonly load: LoadFigures;
  readonly iterations: number;
  readonly warmup: number;
  readonly cases: readonly CaseResult[];
  /** Null when skipped (--no-throughput, --no-export). */
  readonly throughput: { readonly ours: Throughput; readonly peer: Throughput; readonly query: string } | null;
  readonly export: ExportFigures | null;
}

export function caseResult(name: string, kind: CaseResult['kind'], latency: Sides<Summary>, statements: number, floor: CaseResult['floor'], peerAbsent?: string): CaseResult {
  return {
    name, kind, latency, statements, floor,
    oursOverFloor: ratio(latency.ours.median, latency.floor.median),
    oursOverPeer: ratio(latency.ours.median, latency.peer?.median),
    ...(peerAbsent ? { peerAbsent } : {}),
  };
}

const n = (value: number) => value.toLocaleString('en-US');
const ms = (summary: Summary | undefined) => (summary ? `${summary.median} / ${summary.p95}` : '–');
const x = (value: number | null) => (value === null ? '–' : `${value.toFixed(2)}×`);

/** The results as a markdown section: the latency table, then throughput, import and export. */
export function markdown(results: BenchResults): string {
  const { machine, load } = results;
  const rows = results.cases.map((c) => `| ${c.name} | ${c.kind} | ${ms(c.latency.ours)} | ${ms(c.latency.floor)} | ${ms(c.latency.peer)} | ${x(c.oursOverFloor)} | ${x(c.oursOverPeer)} | ${c.statements} (${c.floor}) |`);
  const t = results.throughput;
  const e = results.export;
  return [
    `### Size ${results.size}: ${n(results.graph.nodes)} nodes, ${n(results.graph.relationships)} relationships`,
    '',
    `Measured ${results.date} on ${machine.cores} × ${machine.cpu}, ${machine.memoryGb} GB, ${machine.os}; Node ${machine.node}, ${machine.java}, ${machine.neo4j} (heap ${n(machine.neo4jHeapMb)} MB, page cache ${n(machine.neo4jPageCacheMb)} MB), all on the same machine.`,
    `Latency in ms, median / p95 over ${results.iterations} rounds after ${results.warmup} untimed ones; ratios on the medians.`,
    '',
    '| case | kind | ours | floor (Cypher) | @neo4j/graphql | ours ÷ floor | ours ÷ peer | our statements (floor) |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    t ? `Throughput, autocannon, ${t.ours.connections} connections for ${t.ours.seconds} s, ${t.query}: ours ${n(t.ours.requestsPerSecond)} req/s (median ${t.ours.latencyMedianMs} ms, p97.5 ${t.ours.latencyP97_5Ms} ms, ${t.ours.failures} failures); @neo4j/graphql ${n(t.peer.requestsPerSecond)} req/s (median ${t.peer.latencyMedianMs} ms, p97.5 ${t.peer.latencyP97_5Ms} ms, ${t.peer.failures} failures).` : 'Throughput: not measured in this run.',
    '',
    `Import (check, write, commit; ${load.parts.length} bundle${load.parts.length === 1 ? '' : 's'} of at most 1,250,000 records, ${n(load.bundleMb)} MB of JSON): ${n(load.elements)} elements in ${load.seconds} s = **${n(load.elementsPerSecond)} elements/s** (loaded ${load.loadedAt}; the regions before it: ${n(load.regions.elements)} elements in ${load.regions.seconds} s).`,
    '',
    e ? `GraphML export of the whole graph: ${n(e.elements)} elements (${n(e.megabytes)} MB) in ${e.seconds} s = **${n(e.elementsPerSecond)} elements/s**, peak RSS of the exporting process **${n(e.peakRssMb)} MB** (peak heap ${n(e.peakHeapMb)} MB).` : 'Export: not measured in this run.',
    '',
  ].join('\n');
}
