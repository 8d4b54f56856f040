import { once } from 'node:events';
import type { Server } from 'node:http';
import { createAuthenticator } from './auth/authenticate.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { DomainError } from './errors.js';
import { createApolloServer, serverSettings } from './graphql/server.js';
import { createApp } from './http/app.js';
import { graphHasData, SEED_STEPS, seedDemoGraph } from './seed/index.js';
import {
  isNewDataFolder, neo4jReadyLine, neo4jStartingLine, readyLine, schemaLine, seedDecisionLine, stepProgress, type SeedDecision, type StepProgress,
} from './startup/phases.js';

/** The launcher's own "ready" line, said once by the phase line below instead. */
const LAUNCHER_READY = /^neo4j: embedded Neo4j ready at /;

/** Resolves when `server` has closed, or after `ms` with the connections still open cut. */
async function drain(server: Server, ms: number): Promise<'drained' | 'cut'> {
  const closed = new Promise<'drained'>((done) => server.close(() => done('drained')));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'cut'>((done) => { timer = setTimeout(() => done('cut'), ms); });
  const outcome = await Promise.race([closed, late]);
  clearTimeout(timer);
  if (outcome === 'cut') server.closeAllConnections();
  return outcome;
}

/**
 * `npm start`: database (embedded unless NEO4J_URI), migrations, demo graph, API, with a line per
 * phase and its time (src/startup/phases.ts); the total counts from the start of the process, so
 * under `npm start` (scripts/start.mjs) it includes the web build.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  let stopping = false;
  let server: Server | undefined;
  let db: Awaited<ReturnType<typeof openDatabase>> | undefined;
  // Set below once the database is open; until then a signal is remembered and acted on then.
  let stop: ((why: string, exitCode: number) => Promise<void>) | undefined;
  let signalled: string | undefined;
  /** While the demo graph loads: its progress bar, erased before any other line. */
  let seeding: StepProgress | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    // Repeats are ignored: a terminal's Ctrl-C reaches the server twice under npm (from the
    // terminal and from npm, which passes it on), and the stop is bounded anyway.
    if (stop) return void stop(`received ${signal}`, 0);
    if (signalled) return;
    signalled = signal;
    console.error(`received ${signal}: stopping once the database has started (it cannot be interrupted while it boots)`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const opening = performance.now();
  if (!config.NEO4J_URI) console.error(neo4jStartingLine(config.NEO4J_DATA_DIR, isNewDataFolder(config.NEO4J_DATA_DIR)));
  const log = (line: string) => {
    if (!db && LAUNCHER_READY.test(line)) return;
    console.error(line);
  };
  try {
    db = await openDatabase(config, log, { giveUp: () => void stop?.('the embedded database is down', 1) });
  } catch (error) {
    // A terminal's Ctrl-C also reaches the booting JVM, whose exit then fails the start: asked for.
    if (!signalled) throw error;
    console.error('stopped');
    process.exit(0);
  }
  if (db.embedded) console.error(neo4jReadyLine(db.uri, performance.now() - opening, db.pid));
  const database = db;
  process.once('exit', () => database.closeNow());
  // Apollo's own signal handling must be off (stopOnTerminationSignals: false in
  // createApolloServer): it would stop the server and re-raise the signal under our drain.
  const apollo = createApolloServer(serverSettings(config));

  /**
   * Stops taking connections (and says so on /readyz), lets requests in flight finish for up to
   * SHUTDOWN_TIMEOUT_MS, then stops Apollo and closes the database: nothing is cut mid-write
   * unless it outlives the bound. Exits 0 on a signal, 1 when the database is gone for good.
   */
  stop = async (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    console.error(`${why}, stopping: finishing requests in flight (up to ${config.SHUTDOWN_TIMEOUT_MS} ms)`);
    // Each step is one transaction: the steps done stay, and SEED=auto will see a graph next time.
    seeding?.clear();
    if (seeding) console.error('seed: interrupted, the demo graph is incomplete: run `npm run seed` (it is idempotent) or start once with SEED=always');
    const outcome = server ? await drain(server, config.SHUTDOWN_TIMEOUT_MS) : 'drained';
    if (outcome === 'cut') console.error('requests still running after SHUTDOWN_TIMEOUT_MS were cut');
    await apollo.stop().catch(() => undefined);
    await database.close().catch(() => undefined);
    console.error(exitCode === 0 ? 'stopped' : `stopped (exit ${exitCode})`);
    process.exit(exitCode);
  };
  if (signalled) return stop(`received ${signalled}`, 0);

  try {
    const migrating = performance.now();
    const migrations = await migrate(database.executor);
    console.error(schemaLine(migrations.statements, performance.now() - migrating));
    const decision: SeedDecision = config.SEED === 'never' ? 'never'
      : config.SEED === 'auto' && (await graphHasData(database.executor)) ? 'has-data' : 'seed';
    console.error(seedDecisionLine(decision, SEED_STEPS));
    if (decision === 'seed') {
      const bar = stepProgress(process.stderr);
      seeding = bar;
      try {
        await seedDemoGraph(database.executor, (line) => { bar.clear(); console.error(line); }, {
          onProgress: (...progress) => { if (!stopping) bar.update(...progress); },
        });
      } finally {
        bar.clear();
      }
      seeding = undefined;
    }
    await apollo.start();
    const app = createApp(apollo, database.executor, {
      embedded: database.embedded,
      driver: database.driver,
      bodyLimitKb: config.HTTP_BODY_LIMIT_KB,
      corsOrigins: config.CORS_ORIGINS,
      authenticate: createAuthenticator(config),
      stopping: () => stopping,
      databaseState: () => {
        const state = database.state();
        return state === 'stopped' ? 'down' : state;
      },
    });
    server = app.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    const base = `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
    console.error(readyLine(base, performance.now()));
  } catch (error) {
    if (stopping) return;
    await database.close().catch(() => undefined);
    throw error;
  }
}

/** What a failed start prints: one line for the failures we expect, the stack for the rest. */
function startFailure(error: unknown): string {
  if (error instanceof ConfigError || (error instanceof Error && error.message.startsWith('neo4j:'))) return error.message;
  if (error instanceof DomainError) return `cannot start: ${error.message}`;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});
