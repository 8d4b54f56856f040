import { once } from 'node:events';
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { migrate } from './db/migrate.js';
import { createApolloServer } from './graphql/server.js';
import { createApp } from './http/app.js';
import { graphHasData, seedDemoGraph } from './seed/index.js';

/** `npm start`: database (embedded unless NEO4J_URI), migrations, demo graph, API. */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  process.once('exit', () => db.closeNow());
  let server: Server | undefined;
  const apollo = createApolloServer();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`received ${signal}, stopping`);
    server?.close();
    await apollo.stop().catch(() => undefined);
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    const migrations = await migrate(db.executor);
    console.error(`schema: ${migrations.statements} constraints and indexes in place`);
    if (config.SEED === 'always' || (config.SEED === 'auto' && !(await graphHasData(db.executor)))) {
      await seedDemoGraph(db.executor, (line) => console.error(line));
    }
    await apollo.start();
    const app = createApp(apollo, db.executor, { embedded: db.embedded, driver: db.driver });
    server = app.listen(config.PORT, config.HOST);
    await once(server, 'listening');
    const base = `http://${config.HOST === '127.0.0.1' ? 'localhost' : config.HOST}:${config.PORT}`;
    console.error(`ready: GraphQL API at ${base}/graphql, playground at ${base}/playground, explorer at ${base}/explorer`);
  } catch (error) {
    await db.close();
    throw error;
  }
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || (error instanceof Error && error.message.startsWith('neo4j:'))
    ? error.message
    : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(message);
  process.exit(1);
});
