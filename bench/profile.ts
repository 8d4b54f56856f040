// npm run bench:profile -- <S|M|L> [--cases a,b]: the query plans behind every benchmark case.
// On the benchmark database (loaded as `npm run bench` loads it), sends each case once through
// our API, captures the statements it sent, and runs each with PROFILE: total db hits, rows,
// time, and the operators that cost the most. Writes bench/results/<size>-profile.md and .json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import type { Driver } from 'neo4j-driver';
import { ANALYSIS_QUERIES } from './cases/analyses.js';
import { ENTITY_QUERIES, type GraphqlRequest } from './cases/entities.js';
import { openBenchDatabase } from './lib/benchDatabase.js';
import { captureStatements, type Statements } from './lib/capture.js';
import { postGraphql } from './lib/http.js';
import { startOurApi } from './lib/ourApi.js';
import { SIZES, type SizeName } from './scale/sizes.js';

interface Operator { readonly operatorType: string; readonly dbHits: number; readonly rows: number; readonly children: Operator[]; readonly arguments: Record<string, unknown> }

export interface StatementProfile {
  readonly name: string;
  readonly dbHits: number;
  readonly rows: number;
  readonly ms: number;
  /** The costliest operators, with their db hits. */
  readonly top: ReadonlyArray<{ readonly operator: string; readonly dbHits: number; readonly details: string }>;
}

const program = new Command('bench:profile')
  .description('PROFILE the statements behind every benchmark case on the benchmark graph')
  .addArgument(new Command().createArgument('<size>', 'S, M or L').choices(Object.keys(SIZES)))
  .option('--cases <names>', 'only these cases, comma-separated')
  .option('--data-dir <dir>', 'the benchmark database folder (default .neo4j/bench-<size>)');
program.parse();
const size = program.args[0] as SizeName;
const options = program.opts<{ cases?: string; dataDir?: string }>();
const only = options.cases?.split(',').map((name) => name.trim());
const log = (line: string) => console.error(`profile ${size}: ${line}`);

function operators(plan: Operator): Operator[] {
  return [plan, ...plan.children.flatMap(operators)];
}

/** The first line of a statement's header comment names it ("// analysis/peers: …"). */
const nameOf = (query: string) => /^\/\/ ([\w/]+):/.exec(query.trimStart())?.[1] ?? query.trim().split('\n')[0]!.slice(0, 60);

async function profile(driver: Driver, database: string, statements: Statements): Promise<StatementProfile[]> {
  const profiles: StatementProfile[] = [];
  for (const { query, params } of statements) {
    const started = performance.now();
    const result = await driver.executeQuery(`PROFILE ${query}`, params, { database, routing: 'READ', transactionConfig: { timeout: 60_000 } });
    const ms = Math.round(performance.now() - started);
    const all = operators(result.summary.profile as unknown as Operator);
    const top = [...all].sort((a, b) => b.dbHits - a.dbHits).slice(0, 3).map((op) => ({
      operator: op.operatorType.replace(/@neo4j$/, ''), dbHits: op.dbHits,
      details: String(op.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 100),
    }));
    profiles.push({ name: nameOf(query), dbHits: all.reduce((sum, op) => sum + op.dbHits, 0), rows: result.records.length, ms, top });
  }
  return profiles;
}

async function main(): Promise<void> {
  const { db } = await openBenchDatabase(size, { dataDir: options.dataDir, log });
  const api = await startOurApi(db);
  try {
    const cases = Object.entries({ ...ANALYSIS_QUERIES, ...ENTITY_QUERIES } as Record<string, GraphqlRequest>)
      .filter(([name]) => !only || only.includes(name));
    const results: Record<string, StatementProfile[]> = {};
    const lines = [`### Query plans at size ${size} (${new Date().toISOString().slice(0, 10)})`, '', '| case | statement | db hits | rows | ms (with PROFILE) | costliest operators (db hits) |', '|---|---|---|---|---|---|'];
    for (const [name, request] of cases) {
      try {
        await postGraphql(api.url, request);
        const statements = await captureStatements(db.executor, () => postGraphql(api.url, request));
        results[name] = await profile(db.driver, db.executor.database ?? 'neo4j', statements);
      } catch (error) {
        // A statement past the transaction timeout (NEO4J_TX_TIMEOUT_MS, 30 s; 60 s for PROFILE) is a finding, not a crash.
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 120);
        lines.push(`| ${name} | – | – | – | – | did not finish: ${reason} |`);
        log(`${name}: did not finish: ${reason}`);
        continue;
      }
      for (const s of results[name]) {
        lines.push(`| ${name} | ${s.name} | ${s.dbHits.toLocaleString('en-US')} | ${s.rows} | ${s.ms} | ${s.top.map((op) => `${op.operator} ${op.dbHits.toLocaleString('en-US')}`).join(', ')} |`);
      }
      log(`${name}: ${results[name].map((s) => `${s.name} ${s.dbHits} db hits, ${s.ms} ms`).join('; ')}`);
    }
    const out = resolve('bench/results');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${size}-profile.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(out, `${size}-profile.md`), `${lines.join('\n')}\n`);
    console.log(lines.join('\n'));
  } finally {
    await api.stop();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(`profile ${size}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
