import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/**
 * Finding 7 of issue 12: a body sent with `Content-Encoding: gzip` that was not gzip was answered
 * 500 INTERNAL_SERVER_ERROR (and logged as our fault): body-parser reports zlib's error as a 400
 * without a `type`, which the error handler did not know. A client's mistake must get a 4xx.
 */

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let url: string;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(`CREATE (:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})`);
  apollo = createApolloServer();
  await apollo.start();
  server = createApp(apollo, db.executor, { embedded: true, driver: db.driver }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await apollo?.stop();
  await db?.close();
});

const QUERY = JSON.stringify({ query: '{ region(code: "ID") { code } }' });

async function post(body: Buffer | string, encoding: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': encoding }, body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]) });
  return { status: response.status, body: await response.json() as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } };
}

describe('a body that is not in its Content-Encoding', () => {
  it('is answered 400 BAD_REQUEST saying so, not 500', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const answer = await post(QUERY, encoding);
      expect(answer.status, encoding).toBe(400);
      expect(answer.body, encoding).toEqual({ errors: [{ message: `The request body is not valid ${encoding} data, as its Content-Encoding header says it is`, extensions: { code: 'BAD_REQUEST' } }] });
    }
  });

  it('is answered 400 for a gzip body cut short', async () => {
    const gzipped = gzipSync(QUERY);
    const answer = await post(gzipped.subarray(0, gzipped.length - 6), 'gzip');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_REQUEST');
  });

  it('names an encoding it does not support (400)', async () => {
    const answer = await post(QUERY, 'x-unheard-of');
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]).toEqual({ message: expect.stringContaining('Content-Encoding "x-unheard-of" is not supported'), extensions: { code: 'BAD_REQUEST' } });
  });

  it('still takes a body that is gzip, as it says', async () => {
    const answer = await post(gzipSync(QUERY), 'gzip');
    expect(answer).toEqual({ status: 200, body: { data: { region: { code: 'ID' } } } });
  });
});
