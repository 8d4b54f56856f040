import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

interface RunningApp {
  readonly base: string;
  stop(): Promise<void>;
}

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let sameOriginOnly: RunningApp;
let withPartner: RunningApp;

const PARTNER = 'https://partner.example.org';

async function start(corsOrigins: readonly string[]): Promise<RunningApp> {
  const server: Server = createApp(apollo, db.executor, { embedded: true, driver: db.driver, corsOrigins }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  apollo = createApolloServer();
  await apollo.start();
  sameOriginOnly = await start([]);
  withPartner = await start([PARTNER]);
});

afterAll(async () => {
  await sameOriginOnly?.stop();
  await withPartner?.stop();
  await apollo?.stop();
  await db?.close();
});

const QUERY = '{ __typename }';

describe('security headers', () => {
  it.each(['/playground', '/explorer', '/graphql?query=%7B__typename%7D'])('are on %s', async (path) => {
    const response = await fetch(`${sameOriginOnly.base}${path}`, { headers: { 'apollo-require-preflight': 'true' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('CORS (CORS_ORIGINS)', () => {
  const preflight = (app: RunningApp, origin: string) => fetch(`${app.base}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

  it('lets no other origin in by default', async () => {
    const response = await preflight(sameOriginOnly, PARTNER);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a listed origin in, and only that one', async () => {
    const allowed = await preflight(withPartner, PARTNER);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('content-type');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await preflight(withPartner, 'https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET query a page could make without a preflight (an <img> or a link)', async () => {
    const response = await fetch(`${sameOriginOnly.base}/graphql?query=${encodeURIComponent(QUERY)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('refuses a POST a cross-site form could send (text/plain)', async () => {
    const response = await fetch(`${sameOriginOnly.base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: QUERY }) });
    expect(response.status).toBe(400);
  });

  it('answers a JSON POST, and a GET that carries a preflight-forcing header', async () => {
    const post = await fetch(`${sameOriginOnly.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    const get = await fetch(`${sameOriginOnly.base}/graphql?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
