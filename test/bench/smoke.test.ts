import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_QUERIES } from '../../bench/cases/analyses.js';
import { ENTITY_QUERIES } from '../../bench/cases/entities.js';
import type { BenchResults } from '../../bench/lib/report.js';
import { PEER_NOT_EXPRESSIBLE } from '../../bench/peer/queries.js';

/**
 * The benchmark (npm run bench, issue 7) is not part of the tests, but a smoke run of it at size S
 * is: generate S, load it into a Neo4j of its own through the import path, time every case
 * three ways, autocannon, export. Short rounds: this checks that it works and that its figures
 * are real, not how fast anything is (bench/RESULTS.md says that).
 */
const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
let results: BenchResults;
let table: string;

beforeAll(async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [
    // Three seconds of autocannon: on a loaded machine one second can end before the first answer.
    '--import', 'tsx', 'bench/run.ts', 'S', '--iterations', '2', '--warmup', '1', '--throughput-seconds', '3',
    '--data-dir', join(dir, 'neo4j'), '--out', join(dir, 'out'),
  ], { maxBuffer: 16 * 1024 * 1024, timeout: 540_000 });
  results = JSON.parse(readFileSync(join(dir, 'out', 'S.json'), 'utf8')) as BenchResults;
  table = readFileSync(join(dir, 'out', 'S.md'), 'utf8');
  expect(stdout).toContain(table.split('\n')[0]);
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench S (smoke)', () => {
  it('loads the S graph through the import path and says how fast', () => {
    expect(results.load.parts).toHaveLength(1);
    expect(results.load.elements).toBeGreaterThan(100_000);
    expect(results.load.elementsPerSecond).toBe(Math.round(results.load.elements / results.load.seconds));
    expect(results.graph.nodes).toBeGreaterThan(10_000 + 1_000 + 7_830);
    expect(results.graph.relationships).toBeGreaterThan(100_000);
  });

  it('times every analysis and entity query for our API and the Cypher floor, and the peer where it can answer', () => {
    const names = results.cases.map((c) => c.name);
    expect(names).toEqual([...Object.keys(ANALYSIS_QUERIES), ...Object.keys(ENTITY_QUERIES)]);
    for (const c of results.cases) {
      expect(c.latency.ours.n, c.name).toBe(2);
      expect(c.latency.ours.median, c.name).toBeGreaterThan(0);
      expect(c.latency.floor.median, c.name).toBeGreaterThan(0);
      expect(c.latency.ours.p95, c.name).toBeGreaterThanOrEqual(c.latency.ours.median);
      expect(c.oursOverFloor, c.name).toBeCloseTo(c.latency.ours.median / c.latency.floor.median, 1);
      expect(c.statements, c.name).toBeGreaterThan(0);
    }
    const withPeer = results.cases.filter((c) => c.latency.peer).map((c) => c.name);
    expect(withPeer).toEqual(['programsMissingStrand', 'programPage', 'agenciesWithPrograms']);
    // Every case the peer sits out names the reason bench/peer/queries.ts gives for it.
    for (const c of results.cases.filter((c) => !c.latency.peer)) expect(c.peerAbsent, c.name).toBe(PEER_NOT_EXPRESSIBLE[c.name]);
  });

  it('measures throughput at 16 connections, and a GraphML export of the whole graph', () => {
    expect(results.throughput!.ours.connections).toBe(16);
    expect(results.throughput!.ours.requests).toBeGreaterThan(0);
    expect(results.throughput!.ours.failures).toBe(0);
    expect(results.throughput!.peer.failures).toBe(0);
    expect(results.export!.nodes).toBe(results.graph.exportable.nodes);
    expect(results.export!.edges).toBe(results.graph.exportable.edges);
    expect(results.export!.nodes).toBeGreaterThan(0.8 * results.graph.nodes);
    expect(results.export!.peakRssMb).toBeGreaterThan(0);
  });

  it('writes the markdown table with a row per case and the machine it ran on', () => {
    for (const name of results.cases.map((c) => c.name)) expect(table).toContain(`| ${name} |`);
    expect(table).toContain(results.machine.neo4j);
    expect(results.machine.cores).toBeGreaterThan(0);
  });
});
