import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { ADMIN } from '../../src/auth/roles.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { BoltLauncher } from '../../src/db/embedded/boltLauncher.js';
import { migrate } from '../../src/db/migrate.js';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { freePort } from '../support/ports.js';

/**
 * A Neo4j of this file's own (the run's one must stay up for the other files), stopped and
 * started again under an app that keeps running.
 */

const CONNECT_MS = 1000;
const RETRY_MS = 1000;
/** What a request may take while the database is down: connect, retry, and some slack for a busy machine. */
const BOUND_MS = CONNECT_MS + RETRY_MS + 3000;


let dataDir: string;
let boltPort: number;
let launcher: BoltLauncher;
let db: Database;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let base: string;

const launcherFor = () => new BoltLauncher({ dataDir, boltPort, heapMb: 256, pageCacheMb: 32, startTimeoutSeconds: 180, log: () => undefined });

beforeAll(async () => {
  mkdirSync(resolve('.neo4j'), { recursive: true });
  dataDir = mkdtempSync(resolve('.neo4j/test-outage-'));
  boltPort = await freePort();
  launcher = launcherFor();
  await launcher.start();
  const config = loadConfig({ NEO4J_URI: launcher.uri, NEO4J_CONNECT_TIMEOUT_MS: String(CONNECT_MS), NEO4J_RETRY_TIMEOUT_MS: String(RETRY_MS) });
  db = await openDatabase(config, () => undefined);
  apollo = createApolloServer();
  await apollo.start();
  server = createApp(apollo, db.executor, { embedded: false, driver: db.driver, authenticate: async () => ADMIN }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 300_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await apollo?.stop();
  await db?.close();
  await launcher?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}, 120_000);

interface Outcome {
  readonly status: number;
  readonly code: string | undefined;
  readonly ms: number;
  readonly at: number;
}

async function graphql(query: string, variables: Record<string, unknown> = {}): Promise<Outcome> {
  const started = Date.now();
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json() as { errors?: Array<{ extensions?: { code?: string } }> };
  return { status: response.status, code: body.errors?.[0]?.extensions?.code, ms: Date.now() - started, at: started };
}

const READ = '{ regions { nodes { code } } }';
const CREATE_AGENCY = 'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }';

/** Sends a read every 100 ms until stopped; returns every outcome. */
function steadyReads() {
  const outcomes: Outcome[] = [];
  const inFlight = new Set<Promise<void>>();
  const timer = setInterval(() => {
    const request = graphql(READ).then((outcome) => { outcomes.push(outcome); }, () => undefined);
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }, 100);
  return {
    outcomes,
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      return outcomes;
    },
  };
}

async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)} after ${ms} ms`);
    await new Promise((done) => setTimeout(done, 200));
    last = await probe();
  }
  return last;
}

const readyz = async () => {
  const response = await fetch(`${base}/readyz`);
  return { status: response.status, body: await response.json() as { ok: boolean; reason?: string } };
};

describe('readiness', () => {
  it('is 503 until the migrations are applied, then 200', { timeout: 120_000 }, async () => {
    // A cold Neo4j may take longer than /readyz waits for its first answer: that is a 503 too, but not the one looked for.
    const before = await until('/readyz on a fresh database', readyz, (answer) => !/did not answer/.test(answer.body.reason ?? ''), 60_000);
    expect(before.status).toBe(503);
    expect(before.body.reason).toMatch(/^migrations not applied: \d+ of \d+ constraints and indexes missing/);
    await migrate(db.executor);
    expect(await readyz()).toEqual({ status: 200, body: { ok: true } });
  });
});

describe('the database going away and coming back', () => {
  it('is answered 503 SERVICE_UNAVAILABLE within the bound while it is gone, and served again once it is back, with no restart', async () => {
    await migrate(db.executor);
    await db.executor.run('WRITE', "CREATE (:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})", {});
    expect((await graphql(READ)).status).toBe(200);
    expect(await readyz()).toEqual({ status: 200, body: { ok: true } });
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    // Each refused request is logged as a warning; hundreds of them would bury the test output.
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const reads = steadyReads();
    await new Promise((done) => setTimeout(done, 300));
    // A write that meets the outage: it must end up written once or not at all.
    const write = graphql(CREATE_AGENCY, { input: { id: 'outage-agency', name: 'Outage Agency', kind: 'OTHER', level: 'NATIONAL' } });
    const stoppedAt = Date.now();
    await launcher.stop();
    await new Promise((done) => setTimeout(done, BOUND_MS + 1000));

    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, reason: expect.stringMatching(/unreachable|did not answer/) });
    expect(JSON.stringify(down.body)).not.toMatch(/bolt:|127\.0\.0\.1/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    launcher = launcherFor();
    await launcher.start();
    const back = await until('a read after the restart', () => graphql(READ), (outcome) => outcome.status === 200, 30_000);
    expect(back.code).toBeUndefined();
    const outcomes = await reads.stop();

    const duringOutage = outcomes.filter((outcome) => outcome.at > stoppedAt + 500 && outcome.status !== 200);
    expect(duringOutage.length).toBeGreaterThan(3);
    for (const outcome of duringOutage) {
      expect(outcome).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
      expect(outcome.ms).toBeLessThan(BOUND_MS);
    }
    expect(outcomes.every((outcome) => outcome.status === 200 || outcome.code === 'SERVICE_UNAVAILABLE')).toBe(true);

    await until('/readyz after the restart', readyz, (answer) => answer.status === 200, 30_000);
    const logged = warnings.mock.calls.map(([line]) => String(line));
    warnings.mockRestore();
    expect(logged.some((line) => /"level":"warn".*"code":"SERVICE_UNAVAILABLE"/.test(line))).toBe(true);

    const written = await write;
    expect([200, 503]).toContain(written.status);
    const agencies = await db.executor.run('READ', 'MATCH (a:Agency {id: $id}) RETURN count(a) AS n', { id: 'outage-agency' });
    const count = agencies.records[0]!.get('n') as number;
    expect(count).toBeLessThanOrEqual(1);
    if (written.status === 200) expect(count).toBe(1);
  }, 300_000);
});

describe('starting with the database unreachable', () => {
  it('prints one clear line and exits 1, without an unhandled rejection', async () => {
    const closedPort = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, NEO4J_URI: `bolt://neo4j:hunter2@127.0.0.1:${closedPort}`, NEO4J_CONNECT_TIMEOUT_MS: '1000', PORT: String(await freePort()) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const [code] = await once(child, 'exit') as [number | null];
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^neo4j: cannot reach bolt://127\\.0\\.0\\.1:${closedPort} as neo4j: `));
    expect(stderr).not.toMatch(/hunter2|Unhandled|at .*\.ts/);
  }, 60_000);
});
