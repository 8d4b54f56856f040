import { once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { Executor } from '../../src/db/executor.js';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/**
 * Finding 1 of issue 12: clients that ask for a whole-graph GEXF and never read it each held a
 * database connection for as long as they liked, so a few dozen of them took the whole pool and
 * every GraphQL query and /readyz answered 503. Here the app runs over its own driver with a
 * small pool (POOL connections), more stalled readers than it allows exports (MAX_EXPORTS) and
 * more than the pool; the graph is large enough (about 12 MB of GEXF) that an export cannot
 * finish into the sockets' buffers.
 */

const POOL = 6;
const MAX_EXPORTS = 3;
const STALLED_READERS = POOL + 2;
const STALL_TIMEOUT_MS = 8000;
/** 4,000 themes of 3 KB: about 12 MB of GEXF. */
const THEMES = 4000;
/** What "quickly" means here, on a loaded CI machine; the driver would wait 10 s for a connection. */
const QUICK_MS = 5000;

let db: TestDatabase;
let driver: Driver;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let port: number;
let base: string;
const sockets: Socket[] = [];

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(`CREATE (:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})`);
  await db.cypher(
    `UNWIND range(1, $count) AS i
     CREATE (:Theme {id: 'stall-' + i, name: 'Tema ' + i + ' ' + $padding})`,
    { count: THEMES, padding: 'x'.repeat(3000) },
  );
  // The app's own driver: a pool this test can exhaust, and a shorter wait for a connection than
  // the driver's 60 s, so that an exhausted pool shows as a slow, failed query.
  driver = neo4j.driver(inject('boltUri'), neo4j.auth.basic(inject('boltUser'), inject('boltPassword')), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: POOL,
    connectionAcquisitionTimeout: 10_000,
  });
  apollo = createApolloServer();
  await apollo.start();
  server = createApp(apollo, Executor.forDriver(driver), {
    embedded: true,
    driver,
    exportMaxConcurrent: MAX_EXPORTS,
    exportStallTimeoutMs: STALL_TIMEOUT_MS,
  }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  // Warm up (the first query compiles and opens a connection), so the timings below measure waiting.
  expect((await graphql()).status).toBe(200);
  await until('/readyz answers 200', async () => (await fetch(`${base}/readyz`)).status === 200, 30_000);
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await apollo?.stop();
  await driver?.close();
  await db?.close();
});

/** A client that asks for the whole graph as GEXF and never reads a byte of the answer. */
async function stalledReader(): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  await once(socket, 'connect');
  socket.pause();
  socket.write(`GET /export?format=gexf HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
  return socket;
}

/** Export transactions open on the server (each holds one of the pool's connections). */
async function exportTransactions(): Promise<number> {
  const rows = await db.cypher<{ open: number }>(
    "SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = 'export' RETURN count(*) AS open",
  );
  return rows[0]!.open;
}

async function until(what: string, check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: Math.round(performance.now() - started) };
}

const graphql = () => fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ region(code: "ID") { code name } }' }),
});

describe('stalled export readers', () => {
  it('cannot take the pool: GraphQL and /readyz answer while they hang, one export too many gets 503, and the stalled ones are cut', async () => {
    for (let i = 0; i < STALLED_READERS; i += 1) await stalledReader();
    // The exports let in have started streaming (and have filled the sockets' buffers).
    await until(`${MAX_EXPORTS} export transactions open`, async () => (await exportTransactions()) >= MAX_EXPORTS, 20_000);
    await new Promise((done) => setTimeout(done, 500));

    const refused = await timed(() => fetch(`${base}/export?format=gexf`));
    expect(refused.value.status).toBe(503);
    expect(refused.value.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.value.headers.get('content-disposition')).toBeNull();
    expect(await refused.value.json()).toEqual({ error: { code: 'SERVICE_UNAVAILABLE', field: null, message: expect.stringContaining('exports are already running') } });
    expect(refused.ms).toBeLessThan(QUICK_MS);
    expect(await exportTransactions()).toBe(MAX_EXPORTS);

    const query = await timed(async () => {
      const response = await graphql();
      return { status: response.status, body: await response.json() as { data?: unknown; errors?: unknown } };
    });
    console.info(`stalled exports: GraphQL answered ${query.value.status} in ${query.ms} ms with ${STALLED_READERS} stalled readers`);
    expect(query.value.status).toBe(200);
    expect(query.value.body).toEqual({ data: { region: { code: 'ID', name: 'INDONESIA' } } });
    expect(query.ms).toBeLessThan(QUICK_MS);

    const ready = await timed(async () => { const response = await fetch(`${base}/readyz`); return { status: response.status, text: await response.text() }; });
    expect(ready.value.status, ready.value.text).toBe(200);
    expect(ready.ms).toBeLessThan(QUICK_MS);

    // After the stall timeout the stalled exports are cut: their transactions end (the connections
    // go back to the pool) and exports are let in again, as many as the limit.
    await until('no export transaction left open', async () => (await exportTransactions()) === 0, STALL_TIMEOUT_MS + 3000);
    const again = await Promise.all(Array.from({ length: MAX_EXPORTS }, async () => {
      const response = await fetch(`${base}/export?format=edges.csv`);
      return { status: response.status, text: await response.text() };
    }));
    expect(again.map((answer) => answer.status)).toEqual(Array(MAX_EXPORTS).fill(200));
    expect(again.every((answer) => answer.text.startsWith('"id","source","target"'))).toBe(true);
  });

  it('stops an export soon after its client disconnects, without waiting for the stall timeout', async () => {
    const socket = await stalledReader();
    await until('the export started', async () => (await exportTransactions()) === 1, 20_000);
    const closed = performance.now();
    socket.destroy();
    await until('the export transaction closed', async () => (await exportTransactions()) === 0, STALL_TIMEOUT_MS / 2);
    console.info(`stalled exports: a disconnected client's export ended within ${Math.round(performance.now() - closed)} ms`);
  });
});
