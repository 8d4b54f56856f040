import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase } from '../support/database.js';
import { startMain, type MainProcess } from '../support/mainProcess.js';
import { freePort } from '../support/ports.js';

/**
 * Issue 13, must-hold 5: `npm start` says what it is doing, a line per phase with its time. Here
 * src/main.ts runs over the run's Neo4j, emptied, so that SEED=auto loads the demo graph; its
 * stderr is a pipe, not a terminal, so it must hold lines only: no progress bar, no control
 * characters. (The embedded Neo4j's two lines are checked under `npm start` in npmSignal.test.ts.)
 */

let main: MainProcess;

beforeAll(async () => {
  const db = await testDatabase();
  await db.wipe();
  await db.close();
  main = await startMain(await freePort(), { SEED: 'auto' }, { readyWithinMs: 150_000 });
}, 160_000);

afterAll(async () => {
  if (main && main.process.exitCode === null) {
    const exited = once(main.process, 'exit');
    main.process.kill('SIGTERM');
    await exited;
  }
});

/** The phases in the order they must appear, each exactly once. */
const PHASES: ReadonlyArray<[string, RegExp]> = [
  ['database', /^neo4j: using bolt:\/\/\S+$/],
  ['schema', /^schema: \d+ constraints and indexes online in \d+\.\d s$/],
  ['seed plan', /^seed: loading the demo graph in 3 steps \(regions, facts, synthetic\)$/],
  ['seed regions', /^seed: regions: \d+ nodes, \d+ relationships \(created \d+, updated \d+, unchanged \d+\) in \d+\.\d s$/],
  ['seed facts', /^seed: facts: \d+ nodes, \d+ relationships \(created \d+, updated \d+, unchanged \d+\) in \d+\.\d s$/],
  ['seed synthetic', /^seed: synthetic: \d+ nodes, \d+ relationships \(created \d+, updated \d+, unchanged \d+\) in \d+\.\d s$/],
  ['ready', /^ready: GraphQL API at http:\/\/localhost:\d+\/graphql, .* \(started in \d+\.\d s\)$/],
];

describe('the start, as a log (stderr not a terminal)', () => {
  it('prints each phase once, in order, with its time', () => {
    const lines = main.stderr().split('\n').filter(Boolean);
    const at = PHASES.map(([name, pattern]) => {
      const matching = lines.flatMap((line, index) => (pattern.test(line) ? [index] : []));
      expect(matching, `${name}: ${pattern} in\n${lines.join('\n')}`).toHaveLength(1);
      return matching[0]!;
    });
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // Nothing else was said: every line is one of the phases.
    expect(lines).toHaveLength(PHASES.length);
  });

  it('writes no progress bar and no terminal control characters', () => {
    // cli-progress draws with \r and ANSI escapes (ESC [); a log must hold neither.
    expect(main.stderr()).not.toMatch(/[\r\u001b]/);
    expect(main.stderr()).not.toMatch(/\[[█░=\- ]{10,}\]/);
  });
});

describe('a signal while the demo graph loads', () => {
  it('stops, exit 0, and says the demo graph is incomplete and how to finish it', async () => {
    const db = await testDatabase();
    await db.wipe();
    await db.close();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: {
        ...process.env, NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword'),
        SEED: 'auto', PORT: String(await freePort()),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
    const deadline = Date.now() + 60_000;
    while (!stderr.includes('seed: loading the demo graph') && child.exitCode === null && Date.now() < deadline) {
      await new Promise((done) => setTimeout(done, 50));
    }
    child.kill('SIGTERM');
    const [code, signal] = await exited;
    expect({ code, signal }, stderr).toEqual({ code: 0, signal: null });
    expect(stderr).toMatch(/\nreceived SIGTERM, stopping: [^\n]*\nseed: interrupted, the demo graph is incomplete: run `npm run seed` \(it is idempotent\) or start once with SEED=always\n(.*\n)*stopped\n$/);
    expect(stderr).not.toContain('ready: GraphQL API');
  }, 90_000);
});
