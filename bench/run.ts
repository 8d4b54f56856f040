// npm run bench -- <S|M|L> [options]: the benchmark of issue 7. Loads the scale graph of that size
// into an embedded Neo4j of its own through the import path (once; the folder is kept), serves
// it with our API and with @neo4j/graphql, and times every analysis and the representative
// entity queries three ways: our API over HTTP, the Cypher floor through neo4j-driver, and the
// peer. Then autocannon throughput, and a GraphML export in a process of its own. Writes
// <out>/<size>.json and <out>/<size>.md, and the size's table in bench/RESULTS.md.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ANALYSIS_QUERIES } from './cases/analyses.js';
import { ENTITY_QUERIES, type GraphqlRequest } from './cases/entities.js';
import { FLOOR_CYPHER } from './cases/floor.js';
import { captureStatements, replay } from './lib/capture.js';
import { measureExport } from './lib/exportRun.js';
import { wholeCounts } from '../src/modules/export/source.js';
import { postGraphql } from './lib/http.js';
import { openBenchDatabase, type BenchDatabase } from './lib/benchDatabase.js';
import { describeMachine } from './lib/machine.js';
import { measureCase, type Runner } from './lib/measure.js';
import { startOurApi } from './lib/ourApi.js';
import { caseResult, markdown, type BenchResults, type CaseResult } from './lib/report.js';
import { measureThroughput } from './lib/throughput.js';
import { comparePeerAnswers } from './peer/compare.js';
import { PEER_ANALYSES, PEER_NOT_EXPRESSIBLE, PEER_QUERIES } from './peer/queries.js';
import { startPeer } from './peer/server.js';
import { SIZES, type SizeName } from './scale/sizes.js';

const ITERATIONS: Record<SizeName, number> = { S: 30, M: 20, L: 10 };
const RESULTS_DIR = resolve('bench/results');
const RESULTS_FILE = resolve('bench/RESULTS.md');

const whole = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1`);
  return Number(value);
};

const program = new Command('bench')
  .description('Benchmark our API against raw Cypher and @neo4j/graphql on a generated graph (bench/RESULTS.md)')
  .addArgument(new Command().createArgument('<size>', 'S (1,000 agencies), M (5,000 / 100,000 programs) or L (20,000 / 400,000)').choices(Object.keys(SIZES)))
  .option('--iterations <n>', 'timed rounds per case (default: 30 at S, 20 at M, 10 at L)', whole('--iterations'))
  .option('--warmup <n>', 'untimed rounds per case first', whole('--warmup'), 3)
  .option('--throughput-seconds <n>', 'how long autocannon runs per server', whole('--throughput-seconds'), 10)
  .option('--cases <names>', 'only these cases, comma-separated (default: all)')
  .option('--no-throughput', 'skip autocannon')
  .option('--no-export', 'skip the GraphML export')
  .option('--reload', 'load the graph again even if the data folder has it')
  .option('--data-dir <dir>', 'the benchmark database folder (default .neo4j/bench-<size>)')
  .option('--out <dir>', 'where <size>.json and <size>.md go; bench/RESULTS.md is updated only for the default', RESULTS_DIR)
  .addOption(new Option('--heap-mb <mb>', 'Neo4j heap (default by size: 3,072 / 10,240 / 12,288)').argParser(whole('--heap-mb')))
  .addOption(new Option('--pagecache-mb <mb>', 'Neo4j page cache (default by size: 1,024 / 4,096 / 6,144)').argParser(whole('--pagecache-mb')));
program.parse();
const size = program.args[0] as SizeName;
const options = program.opts<{
  iterations?: number; cases?: string; throughput: boolean; export: boolean; warmup: number; throughputSeconds: number; reload?: boolean; dataDir?: string; out: string; heapMb?: number; pagecacheMb?: number;
}>();
const iterations = options.iterations ?? ITERATIONS[size];
const log = (line: string) => console.error(`bench ${size}: ${line}`);

async function main(): Promise<void> {
  const bench = await openBenchDatabase(size, {
    dataDir: options.dataDir, reload: options.reload, heapMb: options.heapMb, pageCacheMb: options.pagecacheMb, log,
  });
  const stops: Array<() => Promise<unknown>> = [() => bench.db.close()];
  try {
    write(await measure(bench, stops));
  } finally {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  }
}

async function measure({ db, load, heapMb, pageCacheMb }: BenchDatabase, stops: Array<() => Promise<unknown>>): Promise<BenchResults> {
  const api = await startOurApi(db);
  stops.push(() => api.stop());
  const ours = api.url;
  const database = db.executor.database ?? 'neo4j';
  const peer = await startPeer({ driver: db.driver, database });
  stops.push(() => peer.stop());

  const cases: CaseResult[] = [];
  const all: Array<[string, 'analysis' | 'entity', GraphqlRequest]> = [
    ...Object.entries(ANALYSIS_QUERIES).map(([name, request]) => [name, 'analysis', request] as [string, 'analysis', GraphqlRequest]),
    ...Object.entries(ENTITY_QUERIES).map(([name, request]) => [name, 'entity', request] as [string, 'entity', GraphqlRequest]),
  ];
  const only = options.cases?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !all.some(([known]) => known === name)) ?? [];
  if (unknown.length > 0) throw new Error(`no case named ${unknown.join(', ')}; the cases are ${all.map(([name]) => name).join(', ')}`);
  for (const [name, kind, request] of all.filter(([name]) => !only || only.includes(name))) {
    const answer = await postGraphql(ours, request);
    const statements = await captureStatements(db.executor, () => postGraphql(ours, request));
    const handWritten = FLOOR_CYPHER[name as keyof typeof FLOOR_CYPHER];
    const floor: Runner = handWritten
      ? () => db.driver.executeQuery(handWritten, request.variables, { database, routing: 'READ' })
      : () => replay(db.driver, database, statements);
    const peerQuery = PEER_QUERIES[name as keyof typeof PEER_QUERIES] ?? (name === 'programsMissingStrand' ? PEER_ANALYSES.programsMissingStrandTheme!.peer : undefined);
    let peerRunner: Runner | undefined;
    if (peerQuery) {
      const compared = name === 'programsMissingStrand' ? 'programsMissingStrandTheme' : name;
      const differences = comparePeerAnswers(compared, answer, await postGraphql(peer.url, peerQuery));
      if (differences.length > 0) throw new Error(`@neo4j/graphql does not give our answer to ${name}, so timing it would compare different work:\n  ${differences.join('\n  ')}`);
      peerRunner = () => postGraphql(peer.url, peerQuery);
    }
    const latency = await measureCase({ ours: () => postGraphql(ours, request), floor, ...(peerRunner ? { peer: peerRunner } : {}) }, options.warmup, iterations);
    const result = caseResult(name, kind, latency, statements.length, handWritten ? 'hand-written' : 'replayed', peerRunner ? undefined : PEER_NOT_EXPRESSIBLE[name] ?? 'not expressible');
    log(`${name}: ours ${latency.ours.median}/${latency.ours.p95} ms, floor ${latency.floor.median}/${latency.floor.p95} ms${latency.peer ? `, peer ${latency.peer.median}/${latency.peer.p95} ms` : ''}`);
    cases.push(result);
  }

  let throughput: BenchResults['throughput'] = null;
  if (options.throughput) {
    log(`autocannon, 16 connections, ${options.throughputSeconds} s each`);
    throughput = {
      query: 'the filtered program page',
      ours: await measureThroughput(ours, ENTITY_QUERIES.programPage, 16, options.throughputSeconds),
      peer: await measureThroughput(peer.url, PEER_QUERIES.programPage!, 16, options.throughputSeconds),
    };
  }
  let exported: BenchResults['export'] = null;
  if (options.export) {
    log('GraphML export of the whole graph');
    exported = await measureExport(db.uri);
  }
  const counts = await db.driver.executeQuery(
    `CALL { MATCH (n) RETURN count(n) AS all } CALL { MATCH (n:ImportRun) RETURN count(n) AS runs }
     CALL { MATCH ()-[r]->() RETURN count(r) AS rels } CALL { MATCH ()-[r:IMPORTED_BY]->() RETURN count(r) AS provenance }
     RETURN all - runs AS nodes, rels - provenance AS relationships`, {}, { database });
  const record = counts.records[0]!;
  const exportable = await wholeCounts(db.executor);
  return {
    size, date: new Date().toISOString().slice(0, 10),
    machine: await describeMachine(db.driver, heapMb, pageCacheMb),
    graph: { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')), exportable },
    load, iterations, warmup: options.warmup, cases, throughput, export: exported,
  };
}

function write(results: BenchResults): void {
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const table = markdown(results);
  writeFileSync(join(out, `${size}.json`), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, `${size}.md`), table);
  log(`wrote ${join(out, `${size}.json`)} and ${size}.md`);
  if (out === RESULTS_DIR && existsSync(RESULTS_FILE)) {
    const text = readFileSync(RESULTS_FILE, 'utf8');
    const start = `<!-- results:${size} -->`;
    const end = `<!-- /results:${size} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from >= 0 && to > from) {
      writeFileSync(RESULTS_FILE, `${text.slice(0, from + start.length)}\n${table}${text.slice(to)}`);
      log(`updated the ${size} table in bench/RESULTS.md`);
    }
  }
  console.log(table);
}

main().catch((error: unknown) => {
  console.error(`bench ${size}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
