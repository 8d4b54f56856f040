import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/db/executor.js';
import { TimeoutError } from '../../src/errors.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let url: string;
let statements = 0;

const defaults = loadConfig({});

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(`CREATE (:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})`);
  db.executor.onStatement(() => { statements += 1; });
  apollo = createApolloServer(serverSettings(defaults));
  await apollo.start();
  server = createApp(apollo, db.executor, { embedded: true, driver: db.driver, bodyLimitKb: defaults.HTTP_BODY_LIMIT_KB }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await apollo?.stop();
  await db?.close();
});

interface Answer {
  readonly status: number;
  readonly body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  /** Cypher statements the request sent. */
  readonly statements: number;
}

async function post(body: unknown): Promise<Answer> {
  const before = statements;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: response.status, body: await response.json() as Answer['body'], statements: statements - before };
}

/** `{ region(code: "ID") { children { children { ... code } } } }`, `depth` levels of `children`. */
function nestedChildren(depth: number, fields = 'code'): string {
  let selection = fields;
  for (let level = 0; level < depth; level += 1) selection = `children { ${fields} ${selection} }`;
  return `{ region(code: "ID") { ${selection} } }`;
}

function expectRefused(answer: Answer, limit: string) {
  expect(answer.status).toBe(400);
  expect(answer.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
  expect(answer.statements).toBe(0);
}

describe('limits on what one request may ask, checked before the database is touched', () => {
  it('answers a query within the limits', async () => {
    const answer = await post({ query: nestedChildren(3) });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.statements).toBeGreaterThan(0);
  });

  it(`refuses a query nested deeper than GRAPHQL_MAX_DEPTH (${defaults.GRAPHQL_MAX_DEPTH})`, async () => {
    expectRefused(await post({ query: nestedChildren(defaults.GRAPHQL_MAX_DEPTH + 1) }), 'maxDepth');
  });

  it(`refuses more than GRAPHQL_MAX_ALIASES (${defaults.GRAPHQL_MAX_ALIASES}) aliases`, async () => {
    const aliases = Array.from({ length: defaults.GRAPHQL_MAX_ALIASES + 1 }, (_, i) => `r${i}: region(code: "ID") { code }`);
    expectRefused(await post({ query: `{ ${aliases.join(' ')} }` }), 'maxAliases');
  });

  it(`refuses more than GRAPHQL_MAX_DIRECTIVES (${defaults.GRAPHQL_MAX_DIRECTIVES}) directives`, async () => {
    const directives = Array.from({ length: defaults.GRAPHQL_MAX_DIRECTIVES + 1 }, () => '@include(if: true)').join(' ');
    expectRefused(await post({ query: `{ region(code: "ID") { code ${directives} } }` }), 'maxDirectives');
  });

  it(`refuses a query costing more than GRAPHQL_MAX_COST (${defaults.GRAPHQL_MAX_COST}), though short and shallow`, async () => {
    // A page of regions, each with a page of children: small to write, 100 × 100 rows to read.
    expectRefused(await post({ query: '{ regions(first: 100) { nodes { code children(first: 100) { code name } } } }' }), 'maxCost');
  });

  it(`refuses a document of more than GRAPHQL_MAX_TOKENS (${defaults.GRAPHQL_MAX_TOKENS}) tokens without parsing it all`, async () => {
    const fields = Array.from({ length: defaults.GRAPHQL_MAX_TOKENS }, () => 'code').join(' ');
    expectRefused(await post({ query: `{ region(code: "ID") { ${fields} } }` }), 'maxTokens');
  });

  it('refuses a batch of operations in one request', async () => {
    const answer = await post([{ query: '{ region(code: "ID") { code } }' }, { query: '{ region(code: "ID") { name } }' }]);
    expect(answer.status).toBe(400);
    expect(answer.statements).toBe(0);
  });

  it(`answers 413 PAYLOAD_TOO_LARGE for a body over HTTP_BODY_LIMIT_KB (${defaults.HTTP_BODY_LIMIT_KB})`, async () => {
    const padding = 'x'.repeat(defaults.HTTP_BODY_LIMIT_KB * 1024);
    const answer = await post({ query: '{ region(code: "ID") { code } }', variables: { padding } });
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ errors: [{ message: expect.stringContaining('larger than the limit'), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    expect(answer.statements).toBe(0);
  });

  it('answers 400 BAD_REQUEST in JSON for a body that is not JSON', async () => {
    const answer = await post('{ "query": ');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('still caps a page at 100', async () => {
    // In a variable: a literal `first` counts in the cost, and 1000 would be refused for that alone.
    const answer = await post({ query: 'query ($first: Int) { regions(first: $first) { nodes { code } } }', variables: { first: 1000 } });
    expect(answer.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a transaction over its time limit (NEO4J_TX_TIMEOUT_MS)', () => {
  it('is stopped by Neo4j and reported as TIMEOUT, with nothing of the query in the message', async () => {
    const executor = Executor.forDriver(db.driver, undefined, { timeoutMs: 300 });
    const slow = 'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n';
    const started = Date.now();
    const failure = await executor.run('READ', slow, {}).catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as TimeoutError).extensions.code).toBe('TIMEOUT');
    expect((failure as TimeoutError).message).not.toMatch(/UNWIND|range/);
  });
});
