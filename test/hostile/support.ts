import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { hashApiKey } from '../../src/auth/apiKeys.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { authSettingsOf } from '../../src/auth/settings.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/** The API over real HTTP on the run's Neo4j, as the hostile tests of issue 12 use it. */
export interface HostileApi {
  readonly db: TestDatabase;
  readonly url: string;
  /** An editor's key (writes and imports are allowed). */
  readonly apiKey: string;
  post(body: unknown, headers?: Record<string, string>): Promise<RawAnswer>;
  close(): Promise<void>;
}

export interface RawAnswer {
  readonly status: number;
  readonly text: string;
  readonly ms: number;
  readonly body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

export async function openHostileApi(overrides: Partial<Record<keyof Config, string>> = {}): Promise<HostileApi> {
  const config = loadConfig(overrides as Record<string, string>);
  const db = await testDatabase();
  const apiKey = 'kg_hostile-issue12-editor';
  const authenticate = createAuthenticator(authSettingsOf({ API_KEYS: `hostile:editor:${hashApiKey(apiKey)}` }));
  const apollo: ApolloServer<GraphContext> = createApolloServer(serverSettings(config));
  await apollo.start();
  const server: Server = createApp(apollo, db.executor, { embedded: true, driver: db.driver, bodyLimitKb: config.HTTP_BODY_LIMIT_KB, authenticate }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    db,
    url,
    apiKey,
    async post(body, headers = {}) {
      const started = performance.now();
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': apiKey, ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: RawAnswer['body'];
      try { parsed = JSON.parse(text); } catch { parsed = undefined; }
      return { status: response.status, text, body: parsed, ms: performance.now() - started };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
      await db.close();
    },
  };
}
