import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';

export interface RunningApi {
  /** The GraphQL endpoint. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Our API as `npm start` serves it (same app, same settings), on a free port of 127.0.0.1, open to anonymous analysts. */
export async function startOurApi(db: Database): Promise<RunningApi> {
  const config = loadConfig({ AUTH_ANONYMOUS_ROLE: 'analyst' });
  const apollo = createApolloServer(serverSettings(config));
  await apollo.start();
  const app = createApp(apollo, db.executor, { embedded: db.embedded, driver: db.driver, authenticate: createAuthenticator(config) });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
      await apollo.stop();
    },
  };
}
