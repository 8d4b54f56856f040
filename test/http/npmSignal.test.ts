import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';

/**
 * Issue 13, must-hold 5: a signal sent to the npm process reaches the server. npm passes SIGINT
 * and SIGTERM to its child only; when that child was `sh -c "… && tsx src/main.ts"`, dash did not
 * pass them on (SIGTERM killed the shell and left the server running; SIGINT was never heard).
 * Here `npm start` runs for real, with its own embedded Neo4j in a throw-away folder and nothing
 * seeded; the signal goes to npm's pid alone, as a process manager or `kill <pid>` sends it.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'npm-signal-neo4j-'));
const webDir = mkdtempSync(join(tmpdir(), 'npm-signal-web-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const pid of javaPidsOf(dataDir)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(webDir, { recursive: true, force: true });
});

/** The JVMs whose command line names `dir` (the embedded Neo4j of that data folder). */
function javaPidsOf(dir: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).flatMap((name) => {
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      return args[0]?.endsWith('java') && args.includes(dir) ? [Number(name)] : [];
    } catch {
      return []; // ended meanwhile
    }
  });
}

function refused(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); done(false); });
    socket.once('error', () => done(true));
  });
}

interface NpmStart { readonly npm: ChildProcess; readonly port: number; readonly boltPort: number; stderr(): string }

async function npmStart(): Promise<NpmStart> {
  const [port, boltPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env, NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(boltPort), PORT: String(port), SEED: 'never',
    WEB_DIST_DIR: webDir, SHUTDOWN_TIMEOUT_MS: '5000',
  };
  for (const key of ['NODE_ENV', 'APP_ENV', 'NEO4J_URI', 'VITEST', 'VITEST_WORKER_ID', 'VITEST_POOL_ID']) delete env[key];
  // detached: a process group of its own, as under a process manager; no terminal sends anything to it.
  const npm = spawn('npm', ['start', '--silent'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.push(npm);
  let stderr = '';
  npm.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  npm.stdout!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const deadline = Date.now() + 120_000;
  while (!stderr.includes('ready: GraphQL API')) {
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not get ready:\n${stderr}`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return { npm, port, boltPort, stderr: () => stderr };
}

/** Sends `signal` to npm's pid alone; resolves with npm's exit and the server's last lines. */
async function signalNpm(started: NpmStart, signal: NodeJS.Signals) {
  const exited = once(started.npm, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  process.kill(started.npm.pid!, signal);
  const timer = setTimeout(() => started.npm.kill('SIGKILL'), 30_000);
  const [code, how] = await exited;
  clearTimeout(timer);
  return { code, signal: how };
}

describe('npm start', () => {
  let first: NpmStart;
  beforeAll(async () => { first = await npmStart(); }, 130_000);

  it('says each phase once, in order, the embedded Neo4j included', () => {
    const lines = first.stderr().split('\n').filter(Boolean);
    const patterns = [
      /^web: pages built into .* in \d+\.\d s$/,
      /^neo4j: starting the embedded database in .* \(a new data folder: the first start takes longer\)$/,
      /^neo4j: ready at bolt:\/\/127\.0\.0\.1:\d+ in \d+\.\d s \(auth off, loopback only; pid \d+\)$/,
      /^schema: \d+ constraints and indexes online in \d+\.\d s$/,
      /^seed: skipped \(SEED=never\)$/,
      /^ready: GraphQL API at .* \(started in \d+\.\d s\)$/,
    ];
    expect(lines, lines.join('\n')).toEqual(patterns.map((pattern) => expect.stringMatching(pattern)));
  });

  it('stops on SIGINT sent to the npm process: "stopped", exit 0, both ports free, no Neo4j left', async () => {
    expect(javaPidsOf(dataDir)).toHaveLength(1);
    const outcome = await signalNpm(first, 'SIGINT');
    expect(first.stderr()).toMatch(/\nreceived SIGINT, stopping: [^\n]*\nstopped\n$/);
    expect(outcome).toEqual({ code: 0, signal: null });
    expect(await refused(first.port)).toBe(true);
    expect(await refused(first.boltPort)).toBe(true);
    expect(javaPidsOf(dataDir)).toEqual([]);
  }, 40_000);

  it('stops on SIGTERM sent to the npm process, after a restart on the same data folder', async () => {
    const again = await npmStart();
    expect(again.stderr()).toMatch(/\nneo4j: starting the embedded database in \S+\n/);
    const outcome = await signalNpm(again, 'SIGTERM');
    expect(again.stderr()).toMatch(/\nreceived SIGTERM, stopping: [^\n]*\nstopped\n$/);
    expect(outcome).toEqual({ code: 0, signal: null });
    expect(await refused(again.port)).toBe(true);
    expect(await refused(again.boltPort)).toBe(true);
    expect(javaPidsOf(dataDir)).toEqual([]);
  }, 160_000);
});
