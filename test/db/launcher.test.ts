import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import { BoltLauncher } from '../../src/db/embedded/boltLauncher.js';
import { NO_AUTH } from '../../src/db/embedded/noAuth.js';
import { readOwnerRecord, writeOwnerRecord } from '../../src/db/embedded/ownerRecord.js';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

function freshFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'kolaborasi-launcher-'));
  folders.push(folder);
  return folder;
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function isListening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(false)));
  });
}

const options = (dataDir: string, boltPort: number) => ({ dataDir, boltPort, heapMb: 256, pageCacheMb: 32, startTimeoutSeconds: 120, log: () => undefined });

describe('the embedded Neo4j launcher', () => {
  it('starts on loopback, answers Cypher, records itself in place of a stale record, and stops cleanly, freeing the port and the record', async () => {
    const port = await freePort();
    const dataDir = freshFolder();
    // A record left by a process that is gone (killed with kill -9, say).
    const gone = spawnSync(process.execPath, ['-e', '0']).pid;
    writeOwnerRecord(dataDir, { ownerPid: gone, owner: 'server', boltUri: 'bolt://127.0.0.1:1', neo4jPid: gone, startedAt: '2026-01-01T00:00:00.000Z' });
    expect(readOwnerRecord(dataDir).state).toBe('stale');
    const launcher = new BoltLauncher({ ...options(dataDir, port), owner: 'server' });
    await launcher.start();
    expect(readOwnerRecord(dataDir)).toEqual({
      state: 'live',
      record: { ownerPid: process.pid, owner: 'server', boltUri: `bolt://127.0.0.1:${port}`, neo4jPid: launcher.pid, startedAt: expect.any(String) },
    });
    const driver = neo4j.driver(launcher.uri, NO_AUTH, { disableLosslessIntegers: true });
    try {
      const session = driver.session();
      const result = await session.run('RETURN 40 + 2 AS answer');
      await session.close();
      expect(result.records[0]!.get('answer')).toBe(42);
    } finally {
      await driver.close();
    }
    expect(launcher.uri).toBe(`bolt://127.0.0.1:${port}`);
    await launcher.stop();
    expect(await isListening(port)).toBe(false);
    expect(readOwnerRecord(dataDir)).toEqual({ state: 'none' });
  });

  it('says clearly that the data folder is in use when it is', async () => {
    const dataDir = inject('embeddedDataDir');
    expect(dataDir, 'this test needs the embedded Neo4j of the run (TEST_NEO4J_URI is set)').not.toBe('');
    const launcher = new BoltLauncher(options(dataDir, await freePort()));
    await expect(launcher.start()).rejects.toThrow(/data folder .* is already in use by another Neo4j process/);
  });

  it('refuses a port that is taken, before starting anything', async () => {
    const port = Number(new URL(inject('boltUri').replace('bolt://', 'http://')).port);
    const launcher = new BoltLauncher(options(freshFolder(), port));
    await expect(launcher.start()).rejects.toThrow(`port ${port} on 127.0.0.1 is already in use`);
  });
});
