import { describeExit, type BoltLauncher, type ExitDescription } from './boltLauncher.js';

/** 'running'; 'restarting' after an unexpected exit; 'down' once given up (or NEO4J_ON_EXIT=exit); 'stopped' by us. */
export type SupervisedState = 'running' | 'restarting' | 'down' | 'stopped';

export interface SupervisorOptions {
  /** NEO4J_ON_EXIT: start the JVM again with backoff, or give up at once (the app then exits 1). */
  readonly onExit: 'restart' | 'exit';
  readonly log: (line: string) => void;
  /** Called once, with the line already logged, when the database will not come back: the app should exit non-zero. */
  readonly giveUp: (line: string) => void;
  /** Consecutive failed starts before giving up (default 5). */
  readonly maxAttempts?: number;
  /** Wait before the first attempt, doubled for each next one (default 1000 ms)... */
  readonly firstDelayMs?: number;
  /** ...up to this (default 30000 ms). */
  readonly maxDelayMs?: number;
}

export const RESTART_ATTEMPTS = 5;

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

/** The first line of a start failure, without the "neo4j: " every launcher message begins with. */
const reasonOf = (error: unknown) => String(error instanceof Error ? error.message : error).split('\n')[0]!.replace(/^neo4j: /, '').replace(/\.$/, '');

/**
 * Watches an embedded Neo4j that has started: when its JVM ends without our asking (kill -9, a
 * crash, the OOM killer), says so in one line and starts it again on the same port and data
 * folder (the driver reconnects by itself), waiting 1, 2, 4 ... s (at most 30 s) before each
 * attempt; after `maxAttempts` failed starts in a row, or at once with onExit 'exit', it gives up
 * and calls `giveUp`. A stop of ours (stop()) never triggers a restart.
 */
export class DatabaseSupervisor {
  private current: SupervisedState = 'running';
  private wake: (() => void) | undefined;
  private restarting: Promise<void> | undefined;
  private readonly maxAttempts: number;
  private readonly firstDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly launcher: BoltLauncher, private readonly options: SupervisorOptions) {
    this.maxAttempts = options.maxAttempts ?? RESTART_ATTEMPTS;
    this.firstDelayMs = options.firstDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
    launcher.onUnexpectedExit((how) => this.exited(how));
  }

  get state(): SupervisedState {
    return this.current;
  }

  private delayBefore(attempt: number): number {
    return Math.min(this.firstDelayMs * 2 ** (attempt - 1), this.maxDelayMs);
  }

  private exited(how: ExitDescription): void {
    if (this.current !== 'running') return;
    const cause = describeExit(how);
    if (this.options.onExit === 'exit') {
      this.current = 'down';
      const line = `neo4j: the embedded database exited unexpectedly (${cause}); NEO4J_ON_EXIT=exit, so the app exits 1 for its process manager to restart it`;
      this.options.log(line);
      this.options.giveUp(line);
      return;
    }
    this.current = 'restarting';
    this.options.log(`neo4j: the embedded database exited unexpectedly (${cause}); restarting in ${seconds(this.delayBefore(1))} (attempt 1 of ${this.maxAttempts})`);
    this.restarting = this.restart(Date.now()).finally(() => { this.restarting = undefined; });
  }

  /** Resolves after `ms`, or at once when stop() is called. */
  private pause(ms: number): Promise<void> {
    return new Promise((done) => {
      const timer = setTimeout(done, ms);
      this.wake = () => {
        clearTimeout(timer);
        done();
      };
    });
  }

  private async restart(exitedAt: number): Promise<void> {
    for (let attempt = 1; attempt <= this.maxAttempts; attempt += 1) {
      await this.pause(this.delayBefore(attempt));
      if (this.current !== 'restarting') return;
      try {
        await this.launcher.start({ announce: false });
      } catch (error) {
        if (this.current !== 'restarting') return;
        if (attempt < this.maxAttempts) {
          this.options.log(`neo4j: restart attempt ${attempt} failed: ${reasonOf(error)}; trying again in ${seconds(this.delayBefore(attempt + 1))} (attempt ${attempt + 1} of ${this.maxAttempts})`);
          continue;
        }
        this.current = 'down';
        const line = `neo4j: the embedded database could not be restarted (${this.maxAttempts} attempts failed, the last: ${reasonOf(error)}); giving up, the app exits 1`;
        this.options.log(line);
        this.options.giveUp(line);
        return;
      }
      if (this.current !== 'restarting') {
        // stop() came while it started: it is ours to end.
        await this.launcher.stop();
        return;
      }
      this.current = 'running';
      this.options.log(`neo4j: the embedded database is running again at ${this.launcher.uri} (attempt ${attempt}, ${seconds(Date.now() - exitedAt)} after it exited; pid ${this.launcher.pid})`);
      return;
    }
  }

  /** Our own stop: no restart, a restart under way is abandoned, the JVM is stopped cleanly. */
  async stop(): Promise<void> {
    this.current = 'stopped';
    this.wake?.();
    const pending = this.restarting;
    // A start under way ends when its JVM is stopped (start() then fails); stop it, then wait.
    await this.launcher.stop();
    await pending;
    await this.launcher.stop();
  }
}
