import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../support/ports.js';

/**
 * The product as `npm start` runs it (`node --import tsx src/main.ts`, no NODE_ENV), with an
 * embedded Neo4j of its own: a throw-away data folder under .neo4j/ and free ports, the demo
 * graph seeded (SEED=auto), and the extra environment the soak gives it (API_KEYS, JWT_SECRET).
 */
export class Product {
  readonly dataDir: string;
  private child: ChildProcess | undefined;
  private stderrTail = '';
  private readonly lines: string[] = [];

  private constructor(readonly port: number, readonly boltPort: number) {
    mkdirSync(resolve('.neo4j'), { recursive: true });
    this.dataDir = mkdtempSync(resolve('.neo4j/soak-'));
  }

  static async create(): Promise<Product> {
    return new Product(await freePort(), await freePort());
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get boltUri(): string {
    return `bolt://127.0.0.1:${this.boltPort}`;
  }

  /** Every line the product wrote to stderr so far. */
  get log(): readonly string[] {
    return this.lines;
  }

  /** Starts it and resolves once it says it is ready; throws with its output after `timeoutMs`. */
  async start(extraEnv: Record<string, string>, timeoutMs: number): Promise<void> {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NEO4J_DATA_DIR: this.dataDir,
      NEO4J_BOLT_PORT: String(this.boltPort),
      PORT: String(this.port),
      SEED: 'auto',
      ...extraEnv,
    };
    // `npm start` runs without NODE_ENV; vitest sets it to 'test', which changes the product's behaviour.
    delete env.NODE_ENV;
    delete env.NEO4J_URI;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    child.stderr!.on('data', (chunk: Buffer) => {
      const text = this.stderrTail + chunk.toString();
      const parts = text.split('\n');
      this.stderrTail = parts.pop() ?? '';
      // The log of a hostile run can be long: keep the first lines (start-up) and the last ones.
      for (const line of parts) {
        this.lines.push(line);
        if (this.lines.length > 4000) this.lines.splice(200, 1000);
      }
    });
    const deadline = Date.now() + timeoutMs;
    while (!this.lines.some((line) => line.startsWith('ready: GraphQL API'))) {
      if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
        throw new Error(`the product did not start within ${timeoutMs} ms (exit ${child.exitCode ?? child.signalCode}):\n${this.lines.slice(-40).join('\n')}`);
      }
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  /** The pids of the embedded Neo4j's JVM: the java processes whose command line names our data folder. */
  neo4jPids(): number[] {
    let listing = '';
    try {
      listing = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    } catch {
      return [];
    }
    return listing.split('\n')
      .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null && match[2]!.includes(this.dataDir) && /\bjava\b/.test(match[2]!))
      .map((match) => Number(match[1]))
      .filter((pid) => pid !== process.pid);
  }

  /** kill -9 of the embedded Neo4j, as the issue did; returns the pids killed. */
  killNeo4j(): number[] {
    const pids = this.neo4jPids();
    for (const pid of pids) process.kill(pid, 'SIGKILL');
    return pids;
  }

  /** SIGTERM, then SIGKILL after `graceMs`; then any JVM of ours left is killed and the data folder removed. */
  async stop(graceMs: number): Promise<{ exitCode: number | null; signal: string | null }> {
    const child = this.child;
    let outcome = { exitCode: child?.exitCode ?? null, signal: child?.signalCode ?? null };
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const [exitCode, signal] = await exited;
      clearTimeout(timer);
      outcome = { exitCode, signal };
    }
    return outcome;
  }

  /** Last resort after stop(): no JVM of ours left running, and no data folder left behind. */
  cleanUp(): void {
    if (this.child && this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
    for (const pid of this.neo4jPids()) {
      try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
