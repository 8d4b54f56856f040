import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { NO_AUTH } from './noAuth.js';
import neo4j from 'neo4j-driver';
import { ensureLauncherBuilt, LAUNCHER_JAR } from './launcherBuild.js';
import { removeOwnRecord, writeOwnerRecord } from './ownerRecord.js';

export interface EmbeddedOptions {
  readonly dataDir: string;
  readonly boltPort: number;
  readonly heapMb: number;
  readonly pageCacheMb: number;
  readonly startTimeoutSeconds: number;
  readonly log?: (line: string) => void;
  /**
   * Who launches it ('server', 'import', ...): written with the Bolt URI to the data folder's
   * owner record (see ownerRecord.ts) while it runs, so that a command-line tool can use it.
   */
  readonly owner?: string;
}

/** The JVM flags Neo4j's own server starts with. */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-XX:+UseG1GC',
];

/** What the launcher's exit codes mean (see BoltLauncher.java). */
const EXIT_REASONS: Record<number, string> = {
  2: 'bad arguments',
  3: 'the data folder is in use by another Neo4j',
  4: 'the Bolt port is in use',
};

export class EmbeddedNeo4jError extends Error {}

/** How a JVM ended: its exit code, or the signal that ended it (for instance SIGKILL). */
export interface ExitDescription {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** "signal SIGKILL", "exit code 1". */
export function describeExit(how: ExitDescription): string {
  return how.signal ? `signal ${how.signal}` : `exit code ${how.code}`;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * A Neo4j 5.26 running in a child JVM, with Bolt on 127.0.0.1 only. `start` builds the
 * launcher if needed, spawns it and returns once a driver can connect; `stop` ends it cleanly.
 */
export class BoltLauncher {
  private child: ChildProcess | undefined;
  private exited: Promise<number | null> | undefined;
  private readonly log: (line: string) => void;
  /** True from a call to stop (or stopNow) until the next start: an exit then is expected. */
  private stopping = false;
  private unexpectedExit: ((how: ExitDescription) => void) | undefined;

  constructor(private readonly options: EmbeddedOptions) {
    this.log = options.log ?? ((line) => console.error(line));
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  /** The JVM's process id while it runs. */
  get pid(): number | undefined {
    return this.child?.exitCode === null && this.child.signalCode === null ? this.child.pid : undefined;
  }

  /**
   * `listener` is called when the JVM, once ready, ends without stop() having asked it to (killed,
   * crashed, out of memory): the database is gone until someone starts it again.
   */
  onUnexpectedExit(listener: (how: ExitDescription) => void): void {
    this.unexpectedExit = listener;
  }

  /** Starts the JVM; `announce: false` leaves out the "ready" line (a supervisor says its own). */
  async start({ announce = true }: { announce?: boolean } = {}): Promise<void> {
    const { dataDir, boltPort, heapMb, pageCacheMb } = this.options;
    await ensureLauncherBuilt(this.log);
    if (!(await portIsFree(boltPort))) {
      throw new EmbeddedNeo4jError(
        `neo4j: port ${boltPort} on 127.0.0.1 is already in use (another Neo4j?). ` +
        'Stop it, set NEO4J_BOLT_PORT to a free port, or set NEO4J_URI to use that server.');
    }
    const args = [`-Xms${Math.min(heapMb, 256)}m`, `-Xmx${heapMb}m`, ...JVM_FLAGS, '-jar', LAUNCHER_JAR, dataDir, String(boltPort), String(pageCacheMb)];
    this.stopping = false;
    const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child = child;
    let ready = false;
    child.once('exit', (code, signal) => {
      if (ready && !this.stopping && this.child === child) this.unexpectedExit?.({ code, signal });
    });
    const output: string[] = [];
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.trim()) output.push(line);
      if (output.length > 60) output.splice(0, output.length - 60);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    this.exited = new Promise((resolve) => {
      child.once('error', (error) => {
        output.push(`could not run java: ${error.message}`);
        resolve(-1);
      });
      child.once('exit', (code) => resolve(code));
    });
    try {
      await this.waitUntilReady(output);
    } catch (error) {
      await this.stop();
      throw error;
    }
    ready = true;
    if (this.options.owner) {
      try {
        writeOwnerRecord(dataDir, { ownerPid: process.pid, owner: this.options.owner, boltUri: this.uri, neo4jPid: child.pid, startedAt: new Date().toISOString() });
      } catch (error) {
        this.log(`neo4j: could not record this Neo4j in ${dataDir} (${(error as Error).message}); command-line tools will need NEO4J_URI=${this.uri}`);
      }
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      // Ended between the last check and now: 'exit' has fired already.
      this.unexpectedExit?.({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    if (announce) this.log(`neo4j: embedded Neo4j ready at ${this.uri} (data in ${dataDir}; auth off, loopback only; pid ${child.pid})`);
  }

  /** Polls Bolt until a connection succeeds, the JVM exits, or the start timeout passes. */
  private async waitUntilReady(output: string[]): Promise<void> {
    const deadline = Date.now() + this.options.startTimeoutSeconds * 1000;
    const driver = neo4j.driver(this.uri, NO_AUTH, { connectionTimeout: 2000, logging: undefined });
    let exitCode: number | null | undefined;
    void this.exited!.then((code) => { exitCode = code; });
    try {
      while (Date.now() < deadline) {
        if (exitCode !== undefined) {
          const launcherMessage = output.filter((line) => line.startsWith('neo4j: ')).pop();
          const reason = launcherMessage ?? EXIT_REASONS[exitCode ?? -1] ?? output.slice(-15).join('\n');
          throw new EmbeddedNeo4jError(`neo4j: the embedded Neo4j did not start (exit ${exitCode}): ${reason.replace(/^neo4j: /, '')}`);
        }
        try {
          await driver.verifyConnectivity();
          return;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
      }
      throw new EmbeddedNeo4jError(
        `neo4j: the embedded Neo4j did not answer on ${this.uri} within ${this.options.startTimeoutSeconds}s ` +
        `(raise NEO4J_START_TIMEOUT_S on a slow machine). Last output:\n${output.slice(-15).join('\n')}`);
    } finally {
      await driver.close();
    }
  }

  /** Stops the JVM with SIGTERM (Neo4j shuts down cleanly) and waits for it; SIGKILL after 30s. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.forgetRecord();
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await this.exited;
    clearTimeout(timer);
    this.child = undefined;
  }

  /** For a synchronous 'exit' handler: asks the JVM to stop without waiting. */
  stopNow(): void {
    this.stopping = true;
    this.forgetRecord();
    if (this.child && this.child.exitCode === null) this.child.kill('SIGTERM');
  }

  /** No tool should attach to a Neo4j that is stopping (or gone). */
  private forgetRecord(): void {
    if (!this.options.owner) return;
    try {
      removeOwnRecord(this.options.dataDir);
    } catch {
      // A record left behind names a dead owner: readers ignore it.
    }
  }
}
