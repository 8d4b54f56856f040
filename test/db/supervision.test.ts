import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';

/**
 * Finding 6 of issue 12: after kill -9 of the embedded Neo4j nothing was logged, /healthz said 200
 * forever, /readyz 503 forever, and the API never recovered. Each test runs `npm start`'s program
 * with an embedded Neo4j of its own (the run's one must stay up), kills that JVM with SIGKILL and
 * watches what the app does.
 */

const started: ChildProcess[] = [];
const folders: string[] = [];
afterAll(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

interface Main {
  readonly process: ChildProcess;
  readonly base: string;
  readonly stderr: () => string;
  /** The embedded Neo4j JVM's pid (the java process whose command line names the data folder). */
  readonly neo4jPid: number;
  readonly boltPort: number;
}

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined> | T | undefined, log?: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what} within ${ms} ms${log ? `:\n${log()}` : ''}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** `npm start`'s program with its own embedded Neo4j, nothing seeded, anonymous editors (they may write). */
async function startMain(extraEnv: Record<string, string> = {}): Promise<Main> {
  mkdirSync(resolve('.neo4j'), { recursive: true });
  const dataDir = mkdtempSync(resolve('.neo4j/test-supervision-'));
  folders.push(dataDir);
  const port = await freePort();
  const boltPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), NEO4J_HEAP_MB: '256', NEO4J_PAGECACHE_MB: '32',
    PORT: String(port), SEED: 'never', AUTH_ANONYMOUS_ROLE: 'editor', SHUTDOWN_TIMEOUT_MS: '5000', ...extraEnv,
  };
  delete env.NEO4J_URI;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  await until('the server did not start', 180_000, () => {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${stderr}`);
    return stderr.includes('ready: GraphQL API') ? true : undefined;
  }, () => stderr);
  return { process: child, base: `http://127.0.0.1:${port}`, stderr: () => stderr, neo4jPid: javaPidFor(dataDir), boltPort };
}

async function graphql(main: Main, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${main.base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: await response.json() as { data?: Record<string, unknown>; errors?: unknown[] } };
}

async function health(main: Main, path: '/healthz' | '/readyz') {
  const response = await fetch(`${main.base}${path}`);
  return { status: response.status, body: await response.json() as Record<string, unknown> };
}

const CREATE_AGENCY = 'mutation ($input: CreateAgencyInput!) { createAgency(input: $input) { id } }';
const AGENCY = 'query ($id: ID!) { agency(id: $id) { id name } }';
const agencyInput = (id: string) => ({ id, name: `Agency ${id}`, kind: 'OTHER', level: 'NATIONAL' });

/** The pid of the one java process whose command line names `dataDir`. */
function javaPidFor(dataDir: string): number {
  const pids = execFileSync('pgrep', ['-f', `bolt-launcher.jar ${dataDir} `], { encoding: 'utf8' }).trim().split('\n').map(Number);
  expect(pids).toHaveLength(1);
  return pids[0]!;
}

/** Holds `port` on 127.0.0.1 as soon as the killed JVM has let go of it, so that no restart can start. */
async function occupy(port: number): Promise<Server> {
  return until(`port ${port} was not freed`, 10_000, () => new Promise<Server | undefined>((done) => {
    const holder = createServer();
    holder.once('error', () => done(undefined));
    holder.listen(port, '127.0.0.1', () => done(holder));
  }));
}

const isGone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch {
    return true;
  }
};

const UNEXPECTED = /neo4j: the embedded database exited unexpectedly \(signal SIGKILL\)/g;

describe.concurrent('Neo4j death noticed (kill -9 of the embedded database)', () => {
  it('is logged in one line, shown on /healthz, restarted without a human, and the data and writes work after', async () => {
    const main = await startMain();
    expect(await graphql(main, CREATE_AGENCY, { input: agencyInput('before-kill') })).toMatchObject({ status: 200, body: { data: { createAgency: { id: 'before-kill' } } } });
    expect((await health(main, '/healthz')).status).toBe(200);

    const killedAt = Date.now();
    process.kill(main.neo4jPid, 'SIGKILL');
    await until('no line about the exit', 10_000, () => (main.stderr().match(UNEXPECTED) ? true : undefined), main.stderr);
    expect(main.stderr()).toMatch(/neo4j: the embedded database exited unexpectedly \(signal SIGKILL\); restarting in 1 s \(attempt 1 of \d+\)\n/);
    // Not fatal: the process is alive and says what it is doing, /readyz says not ready.
    expect(await health(main, '/healthz')).toEqual({ status: 200, body: { ok: true, database: 'restarting' } });
    expect(await health(main, '/readyz')).toEqual({ status: 503, body: { ok: false, reason: 'the embedded database exited and is being restarted' } });

    await until('/readyz did not come back to 200', 120_000, async () => ((await health(main, '/readyz')).status === 200 ? true : undefined), main.stderr);
    const readyAfterMs = Date.now() - killedAt;
    console.log(`supervision: /readyz 200 again ${readyAfterMs} ms after kill -9`);
    expect(await health(main, '/healthz')).toEqual({ status: 200, body: { ok: true, database: 'running' } });
    expect(main.stderr()).toMatch(/neo4j: the embedded database is running again at bolt:\/\/127\.0\.0\.1:\d+ \(attempt 1, [\d.]+ s after it exited; pid \d+\)/);
    expect(main.stderr().match(UNEXPECTED)).toHaveLength(1);

    // The write acknowledged before the kill survived it; a new one works and reads back.
    expect(await graphql(main, AGENCY, { id: 'before-kill' })).toMatchObject({ status: 200, body: { data: { agency: { id: 'before-kill' } } } });
    expect(await graphql(main, CREATE_AGENCY, { input: agencyInput('after-restart') })).toMatchObject({ status: 200, body: { data: { createAgency: { id: 'after-restart' } } } });
    expect(await graphql(main, AGENCY, { id: 'after-restart' })).toMatchObject({ status: 200, body: { data: { agency: { name: 'Agency after-restart' } } } });

    // Our own stop is no exit to restart from: exit 0, the new JVM gone, no second line.
    const newPid = Number(/running again .*pid (\d+)\)/.exec(main.stderr())?.[1]);
    const exited = once(main.process, 'exit') as Promise<[number | null]>;
    main.process.kill('SIGTERM');
    expect((await exited)[0]).toBe(0);
    expect(main.stderr()).toMatch(/received SIGTERM, stopping[\s\S]*stopped\n/);
    expect(main.stderr().match(UNEXPECTED)).toHaveLength(1);
    expect(main.stderr().match(/restarting in/g)).toHaveLength(1);
    expect(isGone(newPid)).toBe(true);
    expect(newPid).not.toBe(main.neo4jPid);
  }, 300_000);

  it('gives up after 5 failed restarts (backoff 1, 2, 4, 8, 16 s) and exits 1, /healthz never 200 with a dead database for good', async () => {
    const main = await startMain();
    const exited = once(main.process, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    process.kill(main.neo4jPid, 'SIGKILL');
    // Something else takes the Bolt port: every restart fails.
    const holder = await occupy(main.boltPort);
    try {
      await until('no line about the exit', 10_000, () => (main.stderr().match(UNEXPECTED) ? true : undefined), main.stderr);
      expect(await health(main, '/healthz')).toEqual({ status: 200, body: { ok: true, database: 'restarting' } });
      const outcome = await Promise.race([exited, new Promise<string>((done) => setTimeout(() => done('still running 90 s after the kill'), 90_000))]);
      expect(outcome, main.stderr()).toEqual([1, null]);
    } finally {
      holder.close();
    }
    const lines = main.stderr().split('\n').filter((line) => line.startsWith('neo4j: ') && !line.includes('ready at') && !line.startsWith('neo4j: starting the embedded database'));
    expect(lines).toEqual([
      'neo4j: the embedded database exited unexpectedly (signal SIGKILL); restarting in 1 s (attempt 1 of 5)',
      ...[2, 4, 8, 16].map((delay, index) => expect.stringMatching(new RegExp(`^neo4j: restart attempt ${index + 1} failed: port ${main.boltPort} on 127\\.0\\.0\\.1 is already in use .*; trying again in ${delay} s \\(attempt ${index + 2} of 5\\)$`))),
      expect.stringMatching(/^neo4j: the embedded database could not be restarted \(5 attempts failed, the last: port \d+ on 127\.0\.0\.1 is already in use .*\); giving up, the app exits 1$/),
    ]);
    expect(main.stderr()).toMatch(/the embedded database is down, stopping[\s\S]*stopped \(exit 1\)\n/);
  }, 300_000);

  it('with NEO4J_ON_EXIT=exit, exits 1 at once with the one line, for a process manager to restart', async () => {
    const main = await startMain({ NEO4J_ON_EXIT: 'exit' });
    const exited = once(main.process, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const killedAt = Date.now();
    process.kill(main.neo4jPid, 'SIGKILL');
    const outcome = await Promise.race([exited, new Promise<string>((done) => setTimeout(() => done('still running 20 s after the kill'), 20_000))]);
    expect(outcome, main.stderr()).toEqual([1, null]);
    console.log(`supervision: NEO4J_ON_EXIT=exit exited ${Date.now() - killedAt} ms after kill -9`);
    expect(main.stderr().match(UNEXPECTED)).toHaveLength(1);
    expect(main.stderr()).toMatch(/neo4j: the embedded database exited unexpectedly \(signal SIGKILL\); NEO4J_ON_EXIT=exit, so the app exits 1 for its process manager to restart it\n/);
    expect(main.stderr()).not.toMatch(/restarting in/);
  }, 300_000);
});
