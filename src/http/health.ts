import { readdirSync } from 'node:fs';
import { Router } from 'express';
import { CYPHER_DIR, readCypher } from '../db/cypher.js';
import type { Executor } from '../db/executor.js';
import { statementsOf } from '../db/migrate.js';

export interface HealthOptions {
  /** How long /readyz waits for the database before saying it is not ready. */
  readonly timeoutMs?: number;
  /** True once the process is shutting down: load balancers should send nothing new. */
  readonly stopping?: () => boolean;
}

const SCHEMA_OBJECT = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+|VECTOR\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i;

/** The constraints and indexes cypher/migrations creates, by name. */
export function migrationSchemaNames(): string[] {
  const files = readdirSync(`${CYPHER_DIR}migrations`).filter((file) => file.endsWith('.cypher')).sort();
  return files.flatMap((file) => statementsOf(readCypher(`migrations/${file.replace(/\.cypher$/, '')}`)))
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
  const online = db.run('READ', "SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN collect(name) AS names", {})
    .then((result) => new Set(result.records[0]?.get('names') as string[]))
    .catch(() => 'unreachable' as const);
  const answer = await within(timeoutMs, online);
  if (answer === 'timed out') return { ready: false, reason: `the database did not answer within ${timeoutMs} ms` };
  if (answer === 'unreachable') return { ready: false, reason: 'the database is unreachable' };
  const missing = expected.filter((name) => !answer.has(name));
  if (missing.length > 0) return { ready: false, reason: `migrations not applied: ${missing.length} of ${expected.length} constraints and indexes missing or not online (${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''})` };
  return { ready: true };
}

/**
 * /healthz: the process is alive (always 200; a restart would not help anything else).
 * /readyz: whether to send it traffic: 200 when the database answers and is migrated, else 503
 * with the reason.
 */
export function healthRouter(db: Executor, options: HealthOptions = {}): Router {
  const expected = migrationSchemaNames();
  const timeoutMs = options.timeoutMs ?? 3000;
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ ok: true });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (options.stopping?.()) {
      res.status(503).json({ ok: false, reason: 'shutting down' });
      return;
    }
    const state = await readiness(db, expected, timeoutMs);
    if (state.ready) res.json({ ok: true });
    else res.status(503).json({ ok: false, reason: state.reason });
  });
  return router;
}
