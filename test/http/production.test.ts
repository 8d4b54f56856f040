import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/db/executor.js';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

interface RunningApp {
  readonly url: string;
  stop(): Promise<void>;
}

async function start(env: Record<string, string>, executor: Executor): Promise<RunningApp> {
  const apollo: ApolloServer<GraphContext> = createApolloServer(serverSettings(loadConfig(env)));
  await apollo.start();
  const server: Server = createApp(apollo, executor, { embedded: true, driver: db.driver }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
    },
  };
}

async function post(app: RunningApp, query: string): Promise<{ status: number; text: string; body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }> {
  const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

/** A database that fails every statement with `error`: the way to make the server meet an error it did not expect. */
function failingWith(error: Error): Executor {
  return Executor.inTransaction({ run: async () => { throw error; } } as never);
}

const SECRET_BEARING = 'MATCH (a:Agency) RETURN a -- at bolt://neo4j:s3cret@db.internal:7687';

let db: TestDatabase;
let production: RunningApp;
let development: RunningApp;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(`CREATE (:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})`);
  production = await start({ APP_ENV: 'production' }, db.executor);
  development = await start({ APP_ENV: 'development' }, db.executor);
});

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await production?.stop();
  await development?.stop();
  await db?.close();
});

describe('production mode (APP_ENV=production, or NODE_ENV=production)', () => {
  it('is what NODE_ENV=production means unless APP_ENV says otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ APP_ENV: 'production', GRAPHQL_INTROSPECTION: false });
    expect(loadConfig({ NODE_ENV: 'production', APP_ENV: 'development' })).toMatchObject({ APP_ENV: 'development', GRAPHQL_INTROSPECTION: true });
    expect(loadConfig({})).toMatchObject({ APP_ENV: 'development', GRAPHQL_INTROSPECTION: true });
    expect(loadConfig({ APP_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).GRAPHQL_INTROSPECTION).toBe(true);
    expect(() => loadConfig({ APP_ENV: 'staging' })).toThrow(/APP_ENV="staging"/);
  });

  it('hides field suggestions, which development shows', async () => {
    const misspelt = '{ region(code: "ID") { nam } }';
    expect((await post(development, misspelt)).body.errors?.[0]?.message).toMatch(/Did you mean/);
    const answer = await post(production, misspelt);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(answer.text).not.toMatch(/Did you mean|"name"/);
  });

  it('refuses introspection, which development allows', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect((await post(development, introspection)).body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const answer = await post(production, introspection);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('an unexpected error', () => {
  for (const mode of ['production', 'development'] as const) {
    it(`reaches a ${mode} client masked, and the log in full as one JSON line with the request id`, async () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const app = await start({ APP_ENV: mode }, failingWith(new Error(SECRET_BEARING)));
      try {
        const answer = await post(app, '{ region(code: "ID") { code } }');
        expect(answer.body.errors).toEqual([expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
        expect(answer.text).not.toMatch(/MATCH|bolt:|s3cret|at .*\.ts|stack/);
      } finally {
        await app.stop();
      }
      const lines = logged.mock.calls.map((call) => String(call[0]));
      expect(lines).toHaveLength(1);
      const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
      expect(entry).toMatchObject({ level: 'error', message: SECRET_BEARING, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
      expect(entry.stack).toMatch(/production\.test\.ts/);
      expect(Date.parse(String(entry.time))).not.toBeNaN();
    });
  }

  it('that maps to a code of ours keeps its code, and in production loses addresses and anything past its first line', async () => {
    const violation = new Neo4jError(`Constraint broken at ${SECRET_BEARING}\nMATCH (n) DETACH DELETE n`, 'Neo.ClientError.Schema.ConstraintValidationFailed', 'N/A', 'N/A');
    const app = await start({ APP_ENV: 'production' }, failingWith(violation));
    try {
      const answer = await post(app, '{ region(code: "ID") { code } }');
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(answer.text).not.toMatch(/bolt:|s3cret|DETACH/);
    } finally {
      await app.stop();
    }
  });
});

describe('errors outside GraphQL', () => {
  it('are JSON without a stack', async () => {
    const response = await fetch(production.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    expect(text).not.toMatch(/at .*\.js|node_modules/);
  });
});
