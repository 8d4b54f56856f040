import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type Record as Neo4jRecord, type Session, type Transaction } from 'neo4j-driver';
import { toDomainError } from './errors.js';

export type AccessMode = 'READ' | 'WRITE';

export interface TransactionOptions {
  /**
   * False runs `work` once, in an explicit transaction: no retry on a transient error. For work
   * too long to repeat unasked (a bulk import), whose caller reports the failure instead.
   */
  readonly retry?: boolean;
  /** Overrides the executor's transaction timeout for this transaction; 0: none (a bulk import). */
  readonly timeoutMs?: number;
}

/** Runs `work` in one explicit transaction: commit when it returns, roll back when it throws. */
async function once<T>(session: Session, config: { metadata: Record<string, unknown>; timeout?: number }, work: (tx: Transaction) => Promise<T>): Promise<T> {
  const tx = session.beginTransaction(config);
  try {
    const result = await work(tx);
    await tx.commit();
    return result;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback().catch(() => undefined);
    throw error;
  }
}

/**
 * A counting semaphore: at most `size` holders at once, the others wait in arrival order. One is
 * shared by every view of a request's executor, so one request cannot take the whole pool.
 */
export class ConcurrencyLimit {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a concurrency limit must be a whole number of at least 1, not ${size}`);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Waits for a slot and returns the function that gives it back (once; later calls do nothing). */
  async acquire(): Promise<() => void> {
    if (this.active >= this.size) await new Promise<void>((resume) => this.waiting.push(resume));
    else this.active += 1;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      // The slot passes straight to the next in line, so `active` never drops below what runs.
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}

/** Something a statement can run on: a managed or an explicit transaction. */
export type QueryRunner = Pick<ManagedTransaction, 'run'> | Pick<Transaction, 'run'>;

export interface StreamOptions {
  /** Overrides the executor's transaction timeout for this statement; 0: none (a whole-graph export). */
  readonly timeoutMs?: number;
}

export interface StatementEvent {
  readonly query: string;
  readonly mode: AccessMode;
  /** As sent: the benchmark replays statements with them (bench/lib/capture.ts). */
  readonly params: Record<string, unknown>;
}

/**
 * The one door to the database. Every statement goes through `run` (one statement, in its own
 * transaction of the given mode), `transaction` (several statements that commit together or
 * not at all) or `stream` (one statement whose rows arrive one by one, for the exports). Neo4j
 * errors become domain errors here and nowhere else.
 *
 * An Executor built with `Executor.inTransaction` runs everything inside a transaction the
 * caller owns, so a test can roll back whatever a resolver wrote.
 */
export class Executor {
  private constructor(
    private readonly driver: Driver | undefined,
    private readonly openTransaction: QueryRunner | undefined,
    readonly database: string | undefined,
    private readonly metadata: Record<string, unknown>,
    /** Shared with every view made by withMetadata. */
    private readonly listeners: Set<(event: StatementEvent) => void> = new Set(),
    /** Neo4j ends a transaction that runs longer (a runaway query); undefined: the server's setting. */
    private readonly timeoutMs?: number,
    /** At most this many of this view's transactions at once (withConcurrency); undefined: no limit. */
    private readonly limit?: ConcurrencyLimit,
  ) {}

  static forDriver(driver: Driver, database?: string, options: { timeoutMs?: number } = {}): Executor {
    return new Executor(driver, undefined, database, {}, new Set(), options.timeoutMs);
  }

  static inTransaction(tx: QueryRunner): Executor {
    return new Executor(undefined, tx, undefined, {});
  }

  /** A view of this executor whose transactions carry `metadata` (visible in SHOW TRANSACTIONS and query logs). */
  withMetadata(metadata: Record<string, unknown>): Executor {
    return new Executor(this.driver, this.openTransaction, this.database, { ...this.metadata, ...metadata }, this.listeners, this.timeoutMs, this.limit);
  }

  /**
   * A view of this executor that runs at most `size` transactions at once; more wait their turn.
   * Made once per GraphQL request (src/graphql/context.ts), so twenty aliases or a page of
   * loaders hold at most `size` of the driver's pooled connections, never the whole pool.
   * `work` must not open another transaction through the same view (it would wait on itself).
   */
  withConcurrency(size: number): Executor {
    return new Executor(this.driver, this.openTransaction, this.database, this.metadata, this.listeners, this.timeoutMs, new ConcurrencyLimit(size));
  }

  /** Calls `listener` for every statement sent; returns a function that stops it. */
  onStatement(listener: (event: StatementEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async run(mode: AccessMode, query: string, params: Record<string, unknown>): Promise<QueryResult> {
    return this.transaction(mode, (runner) => runner(query, params));
  }

  /**
   * Runs one statement in an auto-commit transaction and yields its records one by one as the
   * driver receives them: the driver fetches in batches and stops pulling while the consumer is
   * busy, so memory holds a batch, never the whole result. Carries the view's metadata, tells its
   * listeners, holds one of its concurrency slots until the stream ends, and applies its timeout
   * (or `options.timeoutMs`). A consumer that stops early (`break`, a throw, `return()`) cancels
   * the rest of the result and closes the session. A stream is never retried: rows already
   * yielded cannot be taken back.
   */
  async *stream(mode: AccessMode, query: string, params: Record<string, unknown>, options: StreamOptions = {}): AsyncGenerator<Neo4jRecord> {
    const release = this.limit ? await this.limit.acquire() : undefined;
    try {
      for (const listener of this.listeners) listener({ query, mode, params });
      if (this.openTransaction) {
        for await (const record of this.openTransaction.run(query, params)) yield record;
        return;
      }
      const session = this.session(mode);
      try {
        const config = this.transactionConfig(options.timeoutMs);
        for await (const record of session.run(query, params, config)) yield record;
      } finally {
        await session.close();
      }
    } catch (error) {
      throw toDomainError(error);
    } finally {
      release?.();
    }
  }

  /** A session of the driver on this view's database, in the access mode the work needs. */
  private session(mode: AccessMode): Session {
    return this.driver!.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  }

  /** The transaction's metadata (visible in SHOW TRANSACTIONS) and timeout: the call's, else the view's. */
  private transactionConfig(timeoutMs: number | undefined): { metadata: Record<string, unknown>; timeout?: number } {
    const timeout = timeoutMs ?? this.timeoutMs;
    return { metadata: { app: 'kolaborasi-graph', ...this.metadata }, ...(timeout === undefined ? {} : { timeout }) };
  }

  /**
   * Runs `work` in one transaction. `work` receives a function that sends one statement; all of
   * them commit together, and a thrown error rolls every one of them back.
   */
  async transaction<T>(
    mode: AccessMode,
    work: (run: (query: string, params: Record<string, unknown>) => Promise<QueryResult>) => Promise<T>,
    options: TransactionOptions = {},
  ): Promise<T> {
    return this.limit ? this.limit.run(() => this.unlimitedTransaction(mode, work, options)) : this.unlimitedTransaction(mode, work, options);
  }

  private async unlimitedTransaction<T>(
    mode: AccessMode,
    work: (run: (query: string, params: Record<string, unknown>) => Promise<QueryResult>) => Promise<T>,
    options: TransactionOptions,
  ): Promise<T> {
    const send = (tx: QueryRunner) => async (query: string, params: Record<string, unknown>) => {
      for (const listener of this.listeners) listener({ query, mode, params });
      return (await tx.run(query, params)) as QueryResult;
    };
    try {
      if (this.openTransaction) return await work(send(this.openTransaction));
      const session = this.session(mode);
      try {
        const config = this.transactionConfig(options.timeoutMs);
        if (options.retry === false) return await once(session, config, (tx) => work(send(tx)));
        return mode === 'READ'
          ? await session.executeRead((tx) => work(send(tx)), config)
          : await session.executeWrite((tx) => work(send(tx)), config);
      } finally {
        await session.close();
      }
    } catch (error) {
      throw toDomainError(error);
    }
  }
}
