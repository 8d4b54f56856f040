import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { authSettingsOf } from '../../src/auth/settings.js';
import { Executor } from '../../src/db/executor.js';
import { exportRouter } from '../../src/modules/export/exportRoute.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadExportFixture } from './fixture.js';

/**
 * Finding 7 of issue 12: `HEAD /export` ran the whole export (Express answers HEAD with the GET
 * handler) and threw the file away. It must answer the headers GET would, after the same checks,
 * without reading the database. Reads are counted on the real driver's sessions and the test
 * database's executor.
 */

let db: TestDatabase;
let server: Server;
let base: string;
let sessions = 0;
let statements = 0;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await loadExportFixture(db);
  const counting = new Proxy(db.driver, {
    get(target, property, receiver) {
      if (property === 'session') return (...args: Parameters<Driver['session']>) => { sessions += 1; return target.session(...args); };
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  db.executor.onStatement(() => { statements += 1; });
  const app = express();
  const authenticate = createAuthenticator(authSettingsOf({ AUTH_ANONYMOUS_ROLE: 'viewer' }));
  app.use(exportRouter(Executor.forDriver(counting), authenticate, () => undefined, { maxConcurrent: 2, stallTimeoutMs: 5000 }));
  server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await db.close();
});

async function reads<T>(work: () => Promise<T>): Promise<{ value: T; reads: number }> {
  const before = sessions + statements;
  const value = await work();
  return { value, reads: sessions + statements - before };
}

describe('HEAD /export', () => {
  it('is refused like GET for a caller below analyst (anonymous viewer: 401), with no database read', async () => {
    const refused = await reads(() => fetch(`${base}/export?format=gexf`, { method: 'HEAD' }));
    expect(refused.value.status).toBe(401);
    expect(refused.reads).toBe(0);
  });
});

describe('HEAD /export for an analyst', () => {
  let analystBase: string;
  let analystServer: Server;

  beforeAll(async () => {
    const app = express();
    const counting = new Proxy(db.driver, {
      get(target, property, receiver) {
        if (property === 'session') return (...args: Parameters<Driver['session']>) => { sessions += 1; return target.session(...args); };
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    app.use(exportRouter(Executor.forDriver(counting), createAuthenticator(authSettingsOf({})), () => undefined, { maxConcurrent: 2, stallTimeoutMs: 5000 }));
    analystServer = app.listen(0, '127.0.0.1');
    await once(analystServer, 'listening');
    analystBase = `http://127.0.0.1:${(analystServer.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => analystServer.close(() => done())));

  it('gives the GET headers (status, Content-Type, attachment name) without exporting', async () => {
    const head = await reads(() => fetch(`${analystBase}/export?format=gexf`, { method: 'HEAD' }));
    expect(head.value.status).toBe(200);
    expect(head.value.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(head.value.headers.get('content-disposition')).toMatch(/^attachment; filename="kolaborasi-whole-\d{8}-\d{6}\.gexf"$/);
    expect(head.value.headers.get('cache-control')).toBe('no-store');
    expect(await head.value.text()).toBe('');
    expect(head.reads).toBe(0);
    // The GET it stands for does read.
    const get = await reads(async () => { const response = await fetch(`${analystBase}/export?format=gexf`); await response.text(); return response; });
    expect(get.value.status).toBe(200);
    expect(get.value.headers.get('content-type')).toBe(head.value.headers.get('content-type'));
    expect(get.reads).toBeGreaterThan(0);
  });

  it('answers 400 for bad parameters, as GET does, still without reading', async () => {
    const head = await reads(() => fetch(`${analystBase}/export?format=pdf`, { method: 'HEAD' }));
    expect(head.value.status).toBe(400);
    expect(head.reads).toBe(0);
  });
});
