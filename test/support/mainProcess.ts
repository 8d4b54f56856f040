import { spawn, type ChildProcess } from 'node:child_process';
import { inject } from 'vitest';

export interface MainProcess {
  readonly process: ChildProcess;
  stderr(): string;
}

/**
 * `npm start`'s program (src/main.ts) over the run's Neo4j, nothing seeded, on `port`; resolves
 * once it listens. `env` is laid over the test's environment; a key set to undefined is removed
 * (NODE_ENV, to run it as `npm start` does rather than as vitest sets it). `readyWithinMs`: how
 * long it may take (a seeding start takes longer).
 */
export async function startMain(port: number, env: Record<string, string | undefined> = {}, { readyWithinMs = 60_000 } = {}): Promise<MainProcess> {
  const merged: NodeJS.ProcessEnv = {
    ...process.env, NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword'),
    SEED: 'never', PORT: String(port), SHUTDOWN_TIMEOUT_MS: '5000',
  };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: merged, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  started.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  const deadline = Date.now() + readyWithinMs;
  while (!stderr.includes('ready: GraphQL API')) {
    if (started.exitCode !== null || Date.now() > deadline) {
      if (started.exitCode === null) started.kill('SIGKILL');
      throw new Error(`the server did not start:\n${stderr}`);
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  return { process: started, stderr: () => stderr };
}
