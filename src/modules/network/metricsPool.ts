import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { DomainError } from '../../errors.js';
import { measure, type NetworkView } from './metrics.js';
import type { Subgraph } from './types.js';
import type { MeasureJob, MeasureReply } from './metricsWorker.js';

/** Longest the metrics of one view may take before the worker is stopped and the client told TIMEOUT. */
export const METRICS_TIME_BUDGET_MS = 10_000;
/** Views measured one after another in the worker; more waiting than this are answered 503. */
export const METRICS_QUEUE_LIMIT = 64;
/** Views this small are measured on the spot: a few milliseconds, less than a round trip to the worker. */
export const INLINE_MAX_NODES = 150;

/** The metrics of a view took longer than the budget: the worker was stopped, nothing was kept. */
export class MetricsTimeoutError extends DomainError {
  constructor(budgetMs: number) {
    super(`Computing the network's metrics took longer than ${budgetMs / 1000} s and was stopped; ask for a smaller view (a lower limit or depth, or a filter)`, 'TIMEOUT');
  }
}

/** Too many views wait for their metrics: try again shortly. */
export class MetricsBusyError extends DomainError {
  constructor() {
    super('The server is busy computing other network views; try again shortly', 'SERVICE_UNAVAILABLE', { http: { status: 503 } });
  }
}

interface Pending {
  readonly job: MeasureJob;
  readonly resolve: (reply: MeasureReply) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The worker's entry: from source (tsx, vitest) a plain .mjs that loads the .ts through tsx
 * (src/modules/network/metricsWorkerBoot.mjs), once compiled the .js itself.
 */
function workerEntry(): URL {
  const boot = new URL('./metricsWorkerBoot.mjs', import.meta.url);
  return existsSync(fileURLToPath(new URL('./metricsWorker.ts', import.meta.url))) ? boot : new URL('./metricsWorker.js', import.meta.url);
}

/**
 * One worker thread measures the views, one at a time, in arrival order (on 2 cores: one for
 * it, one for the event loop). A view that takes longer than the budget terminates the worker
 * (betweenness cannot be interrupted otherwise); the next view starts a fresh one.
 */
export class MetricsPool {
  private worker: Worker | undefined;
  /** The worker has loaded its modules: a job's time budget runs from when it starts there. */
  private ready = false;
  private running: (Pending & { timer: NodeJS.Timeout }) | undefined;
  private readonly queue: Pending[] = [];
  private nextId = 1;

  constructor(private readonly options: { budgetMs?: number; queueLimit?: number } = {}) {}

  private get budgetMs() { return this.options.budgetMs ?? METRICS_TIME_BUDGET_MS; }

  measure(subgraph: Subgraph): Promise<NetworkView> {
    if (this.queue.length >= (this.options.queueLimit ?? METRICS_QUEUE_LIMIT)) return Promise.reject(new MetricsBusyError());
    const job: MeasureJob = {
      id: this.nextId++,
      nodes: subgraph.nodes.map((node) => node.id),
      edges: subgraph.edges.map((edge) => [edge.source, edge.target, edge.weight] as const),
    };
    return new Promise<MeasureReply>((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.startNext();
    }).then((reply) => {
      if ('error' in reply) throw new Error(`network metrics failed in the worker: ${reply.error}`);
      if (!('metrics' in reply)) throw new Error('the network metrics worker answered out of turn');
      return {
        nodes: subgraph.nodes.map((node, index) => ({ ...node, metrics: reply.metrics[index]! })),
        edges: subgraph.edges,
        truncated: subgraph.truncated,
      };
    });
  }

  /** Stops the worker (and fails whatever waits): at shutdown, and after each test file. */
  async close(): Promise<void> {
    const waiting = [...this.queue.splice(0), ...(this.running ? [this.running] : [])];
    if (this.running) clearTimeout(this.running.timer);
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    for (const pending of waiting) pending.reject(new MetricsBusyError());
    await worker?.terminate();
  }

  private startNext(): void {
    if (this.running || this.queue.length === 0) {
      // Idle: the worker must not keep the process alive (a CLI, a benchmark, a test run).
      if (!this.running) this.worker?.unref();
      return;
    }
    const worker = this.ensureWorker();
    // A view is waiting for it: it keeps the process alive until answered.
    worker.ref();
    if (!this.ready) return;
    const next = this.queue.shift()!;
    const timer = setTimeout(() => this.timedOut(), this.budgetMs);
    this.running = { ...next, timer };
    worker.postMessage(next.job);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerEntry());
    this.ready = false;
    worker.on('message', (reply: MeasureReply) => {
      if ('ready' in reply) {
        this.ready = true;
        this.startNext();
        return;
      }
      const running = this.running;
      if (!running || running.job.id !== reply.id) return;
      clearTimeout(running.timer);
      this.running = undefined;
      running.resolve(reply);
      this.startNext();
    });
    worker.on('error', (error) => this.lost(worker, error));
    worker.on('exit', (code) => this.lost(worker, new Error(`the network metrics worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  /** The worker died (an error, or terminated by timedOut): fail its job and carry on with a new one. */
  private lost(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    const loaded = this.ready;
    this.worker = undefined;
    this.ready = false;
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.reject(error);
    }
    // A worker that could not even load would fail again: the views waiting fail with it.
    if (!loaded) for (const pending of this.queue.splice(0)) pending.reject(error);
    this.startNext();
  }

  private timedOut(): void {
    const running = this.running;
    const worker = this.worker;
    if (!running || !worker) return;
    this.running = undefined;
    this.worker = undefined;
    running.reject(new MetricsTimeoutError(this.budgetMs));
    void worker.terminate();
    this.startNext();
  }
}

let shared: MetricsPool | undefined;

/** The process's pool, made on first use. */
export function metricsPool(): MetricsPool {
  return (shared ??= new MetricsPool());
}

/**
 * measure() off the event loop: the same results (the worker runs the same function on the
 * same ids, edges and weights), within METRICS_TIME_BUDGET_MS. Small views are measured here.
 */
export function measureOffThread(subgraph: Subgraph, pool: MetricsPool = metricsPool()): Promise<NetworkView> {
  if (subgraph.nodes.length <= INLINE_MAX_NODES) return Promise.resolve(measure(subgraph));
  return pool.measure(subgraph);
}
