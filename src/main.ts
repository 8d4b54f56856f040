import { once } from 'node:events';
import type { Server } from 'node:http';
import { createAuthenticator } from './auth/authenticate.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { DomainError } from './errors.js';
import { createApolloServer, serverSettings } from './graphql/server.js';
import { createApp } from './http/app.js';
import { graphHasData, seedDemoGraph } from './seed/index.js';

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

/** `npm start`: database (embedded unless NEO4J_URI), migrations, demo graph, API. */
async function main(): Promise<void> {
  const config = loadConfig();
  let stopping = false;
  let server: Server | undefined;
  // Set below; an embedded Neo4j that will not come back stops the program (exit 1) like a signal.
  let stop: (why: string, exitCode: number) => Promise<void> = async () => undefined;
  const db = await openDatabase(config, console.error, { giveUp: () => void stop('the embedded database is down', 1) });
  process.once('exit', () => db.closeNow());
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
    const outcome = server ? await drain(server, config.SHUTDOWN_TIMEOUT_MS) : 'drained';
    if (outcome === 'cut') console.error('requests still running after SHUTDOWN_TIMEOUT_MS were cut');
    await apollo.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    console.error(exitCode === 0 ? 'stopped' : `stopped (exit ${exitCode})`);
    process.exit(exitCode);
  };
  process.once('SIGINT', () => void stop('received SIGINT', 0));
  process.once('SIGTERM', () => void stop('received SIGTERM', 0));

  try {
    const migrations = await migrate(db.executor);
    console.error(`schema: ${migrations.statements} constraints and indexes in place`);
    if (config.SEED === 'always' || (config.SEED === 'auto' && !(await graphHasData(db.executor)))) {
      await seedDemoGraph(db.executor, (line) => console.error(line));
    }
    await apollo.start();
    const app = createApp(apollo, db.executor, {
      embedded: db.embedded,
      driver: db.driver,
      bodyLimitKb: config.HTTP_BODY_LIMIT_KB,
      corsOrigins: config.CORS_ORIGINS,
      authenticate: createAuthenticator(config),
      stopping: () => stopping,
      databaseState: () => {
        const state = db.state();
        return state === 'stopped' ? 'down' : state;
      },
    });
    server = app.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    const base = `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
    console.error(`ready: GraphQL API at ${base}/graphql, workbench at ${base}/, playground at ${base}/playground, explorer at ${base}/explorer`);
  } catch (error) {
    await db.close().catch(() => undefined);
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
