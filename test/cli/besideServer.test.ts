import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerRecordPath } from '../../src/db/embedded/ownerRecord.js';
import { freePort } from '../support/ports.js';

/**
 * Issue 13, must-hold 4: `npm run import` and `npm run export` while `npm start` runs on the same
 * data folder. One server (src/main.ts with its own embedded Neo4j on a throw-away folder) for
 * every case; each tool is spawned as a user runs it, and what it wrote is read back through the
 * running server's GraphQL.
 */

const scratch = mkdtempSync(join(tmpdir(), 'kolaborasi-beside-'));
const dataDir = join(scratch, 'data');
let server: { process: ChildProcess; stderr(): string };
let boltPort: number;
let httpPort: number;

/** The environment of `npm start` with nothing set but the data folder: no NEO4J_URI. */
function embeddedEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_DATA_DIR: dataDir, ...extra };
  for (const key of ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_BOLT_PORT']) if (!(key in extra)) delete env[key];
  return env;
}

interface Run { status: number | null; stdout: string; stderr: string }

async function run(command: string, args: string[], env = embeddedEnv()): Promise<Run> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const [status] = await once(child, 'exit') as [number | null];
  return { status, stdout, stderr };
}

const tool = (name: 'import' | 'export', args: string[], env?: NodeJS.ProcessEnv) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${name}.ts`, ...args], env);

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

function file(folder: string, name: string, text: string): string {
  mkdirSync(join(scratch, folder), { recursive: true });
  const path = join(scratch, folder, name);
  writeFileSync(path, text);
  return path;
}

async function partner(id: string): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${httpPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query ($id: ID!) { partner(id: $id) { id name helix } }', variables: { id } }),
  });
  const body = await response.json() as { data?: { partner: unknown }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data?.partner;
}

/**
 * `npm start`'s program with an embedded Neo4j of its own on `dataDir` (test/support/mainProcess.ts
 * uses the run's Neo4j through NEO4J_URI); resolves once it listens, or rejects with its output
 * when it exits first. A new data folder on a busy machine may take over a minute.
 */
async function startServer(port: number, bolt: number): Promise<{ process: ChildProcess; stderr(): string }> {
  const env = embeddedEnv({ NEO4J_BOLT_PORT: String(bolt), NEO4J_HEAP_MB: '256', NEO4J_PAGECACHE_MB: '32', SEED: 'never', PORT: String(port), SHUTDOWN_TIMEOUT_MS: '5000' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const deadline = Date.now() + 150_000;
  while (!stderr.includes('ready: GraphQL API')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      if (child.exitCode === null) child.kill('SIGKILL');
      throw new Error(`the server did not start:\n${stderr}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { process: child, stderr: () => stderr };
}

const usingServer = () => `neo4j: using the running server's embedded Neo4j at bolt://127.0.0.1:${boltPort} (pid ${server.process.pid})`;

beforeAll(async () => {
  boltPort = await freePort();
  httpPort = await freePort();
  server = await startServer(httpPort, boltPort);
}, 180_000);

afterAll(async () => {
  if (server && server.process.exitCode === null) {
    const exited = once(server.process, 'exit');
    server.process.kill('SIGTERM');
    await exited;
  }
  rmSync(scratch, { recursive: true, force: true });
}, 30_000);

describe('command-line tools beside a running server', () => {
  it('import a lone partners.csv, and a semicolon CSV with a BOM through npm run, into the server\'s Neo4j; export reads it back', async () => {
    const comma = file('comma', 'partners.csv', 'id,name,helix\nkampus-koma,"Kampus Koma, Bandung",ACADEMIA\n');
    const semicolon = file('semicolon', 'partners.csv', '\uFEFFid;name;helix\r\n"lab-titik-koma";"Lab; Titik Koma, Makassar";CIVIL_SOCIETY\r\n');
    const [first, second] = await Promise.all([
      tool('import', [comma]),
      run('npm', ['run', 'import', '--', semicolon]),
    ]);
    expect(first.stderr.trim()).toBe(usingServer());
    expect(first.stdout).toMatch(/^import: partners\.csv: created 1, updated 0, unchanged 0 \(1 records/);
    expect(first.status).toBe(0);
    expect(second.stderr.trim()).toBe(usingServer());
    expect(second.stdout).toMatch(/import: partners\.csv: created 1, updated 0, unchanged 0 \(1 records/);
    expect(second.status).toBe(0);
    expect(await partner('kampus-koma')).toEqual({ id: 'kampus-koma', name: 'Kampus Koma, Bandung', helix: 'ACADEMIA' });
    expect(await partner('lab-titik-koma')).toEqual({ id: 'lab-titik-koma', name: 'Lab; Titik Koma, Makassar', helix: 'CIVIL_SOCIETY' });

    const out = join(scratch, 'graph.graphml');
    const exported = await tool('export', ['--format', 'graphml', '--out', out]);
    expect(exported.stderr).toContain(usingServer());
    expect(exported.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Lab; Titik Koma, Makassar');
  }, 60_000);

  it('without a live record of the server, says in one line what to set, and that setting works', async () => {
    const record = ownerRecordPath(dataDir);
    const kept = readFileSync(record, 'utf8');
    const bundle = file('uri', 'partners.csv', 'id,name,helix\nmedia-uri,Media URI,MEDIA\n');
    const expected = (name: string) => [`${name} failed: neo4j: the data folder ${dataDir} is in use by another Neo4j that left no record of its Bolt port; set NEO4J_URI=bolt://127.0.0.1:${boltPort} to use it`];
    try {
      renameSync(record, `${record}.away`);
      const [missingImport, missingExport] = await Promise.all([tool('import', [bundle]), tool('export', ['--format', 'graphml', '--out', join(scratch, 'no.graphml')])]);
      expect(lines(missingImport.stderr)).toEqual(expected('import'));
      expect(missingImport.status).toBe(1);
      expect(lines(missingExport.stderr)).toEqual(expected('export'));
      expect(missingExport.status).toBe(1);

      // A record whose owner is dead is stale: not trusted, even naming the right port.
      const gone = spawn(process.execPath, ['-e', '0']);
      await once(gone, 'exit');
      writeFileSync(record, JSON.stringify({ ...JSON.parse(kept), ownerPid: gone.pid }));
      const stale = await tool('import', [bundle]);
      expect(lines(stale.stderr)).toEqual(expected('import'));
      expect(stale.status).toBe(1);

      const told = await tool('import', [bundle], embeddedEnv({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}` }));
      expect(told.stderr.trim()).toBe(`neo4j: using bolt://127.0.0.1:${boltPort}`);
      expect(told.status).toBe(0);
      expect(await partner('media-uri')).toEqual({ id: 'media-uri', name: 'Media URI', helix: 'MEDIA' });
    } finally {
      writeFileSync(record, kept);
    }
  }, 60_000);

  it('a live record whose Neo4j does not answer: one line, and what to delete if the pid is no longer the server', async () => {
    const elsewhere = join(scratch, 'orphan');
    mkdirSync(elsewhere);
    const gone = spawn(process.execPath, ['-e', '0']);
    await once(gone, 'exit');
    const port = await freePort();
    // This test's own process stands for a live owner whose Neo4j has gone.
    writeFileSync(ownerRecordPath(elsewhere), JSON.stringify({ ownerPid: process.pid, owner: 'server', boltUri: `bolt://127.0.0.1:${port}`, neo4jPid: gone.pid, startedAt: new Date().toISOString() }));
    const run = await tool('import', [file('orphan-bundle', 'partners.csv', 'id,name,helix\nx,X,MEDIA\n')], embeddedEnv({ NEO4J_DATA_DIR: elsewhere }));
    expect(lines(run.stderr)).toEqual([
      `import failed: neo4j: the data folder ${elsewhere} belongs to the running server (pid ${process.pid}), but its Neo4j at bolt://127.0.0.1:${port} `
      + `does not answer (connect ECONNREFUSED 127.0.0.1:${port}); try again once it is up, or stop that process `
      + `(if pid ${process.pid} is not that program any more, delete ${ownerRecordPath(elsewhere)})`,
    ]);
    expect(run.status).toBe(1);
  }, 60_000);

  it('a second server on the same folder does not attach: it fails on the folder', async () => {
    await expect(startServer(await freePort(), await freePort())).rejects.toThrow(/the data folder .* is already in use by another Neo4j process/);
    expect(server.process.exitCode).toBe(null);
  }, 60_000);
});
