import { Router } from 'express';
import { z } from 'zod';
import { readCypher } from '../db/cypher.js';
import type { Executor } from '../db/executor.js';
import { migrationFiles, statementsOf } from '../db/migrate.js';
import { defineQuery } from '../db/query.js';

const onlineIndexes = defineQuery({
  file: new URL('./onlineIndexes.cypher', import.meta.url), mode: 'READ',
  params: z.object({}),
  row: z.object({ names: z.array(z.string()) }),
});

/**
 * The database process as /healthz reports it: the embedded Neo4j 'running', 'restarting' after it
 * exited (within its attempts), or 'down' once the app gave up on it; 'external' for NEO4J_URI,
 * whose server the app does not run.
 */
export type DatabaseState = 'running' | 'restarting' | 'down' | 'external';

export interface HealthOptions {
  /** How long /readyz waits for the database before saying it is not ready. */
  readonly timeoutMs?: number;
  /** True once the process is shutting down: load balancers should send nothing new. */
  readonly stopping?: () => boolean;
  /** The database process's state; /healthz answers 503 when it is 'down'. */
  readonly databaseState?: () => DatabaseState;
}

const SCHEMA_OBJECT = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+|VECTOR\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i;

/** The constraints and indexes src/db/migrations creates, by name. */
export function migrationSchemaNames(): string[] {
  return migrationFiles().flatMap((file) => statementsOf(readCypher(file)))
    .map((statement) => SCHEMA_OBJECT.exec(statement)?.[1])
    .filter((name): name is string => name !== undefined);
}

type Readiness = { readonly ready: true } | { readonly ready: false; readonly reason: string };

function within<T>(ms: number, work: Promise<T>): Promise<T | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'timed out'>((done) => { timer = setTimeout(() => done('timed out'), ms); });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Ready: the database answers, and every constraint and index of the migrations is there and
 * online (a constraint's backing index has its name). The reason never carries a driver message,
 * which may name the server.
 */
async function readiness(db: Executor, expected: readonly string[], timeoutMs: number): Promise<Readiness> {
  const online = onlineIndexes.run(db, {})
    .then((rows) => new Set(rows[0]?.names))
    .catch(() => 'unreachable' as const);
  const answer = await within(timeoutMs, online);
  if (answer === 'timed out') return { ready: false, reason: `the database did not answer within ${timeoutMs} ms` };
  if (answer === 'unreachable') return { ready: false, reason: 'the database is unreachable' };
  const missing = expected.filter((name) => !answer.has(name));
  if (missing.length > 0) return { ready: false, reason: `migrations not applied: ${missing.length} of ${expected.length} constraints and indexes missing or not online (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})` };
  return { ready: true };
}

/**
 * /healthz: whether the process is alive and can serve again without a restart: 200 with the
 * database's state ('running', 'restarting' while the embedded Neo4j is being started again,
 * 'external'), 503 once the embedded Neo4j is 'down' for good, so a liveness probe restarts the app.
 * It never queries the database (an outage of an external server is /readyz's business).
 * /readyz: whether to send it traffic: 200 when the database answers and is migrated, else 503
 * with the reason.
 */
export function healthRouter(db: Executor, options: HealthOptions = {}): Router {
  const expected = migrationSchemaNames();
  const timeoutMs = options.timeoutMs ?? 3000;
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store');
    const database = options.databaseState?.();
    if (database === 'down') res.status(503).json({ ok: false, database });
    else res.json(database ? { ok: true, database } : { ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (options.stopping?.()) {
      res.status(503).json({ ok: false, reason: 'shutting down' });
      return;
    }
    const database = options.databaseState?.();
    if (database === 'restarting' || database === 'down') {
      res.status(503).json({ ok: false, reason: database === 'restarting' ? 'the embedded database exited and is being restarted' : 'the embedded database is down' });
      return;
    }
    const state = await readiness(db, expected, timeoutMs);
    if (state.ready) res.json({ ok: true });
    else res.status(503).json({ ok: false, reason: state.reason });
  });
  return router;
}
