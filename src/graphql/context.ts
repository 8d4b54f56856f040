import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import type { Principal } from '../auth/roles.js';
import { loadConfig } from '../config.js';
import { Loaders } from './loaders.js';

/** What every resolver receives. One per request: loaders must not outlive it. */
export interface GraphContext {
  readonly requestId: string;
  readonly db: Executor;
  readonly loaders: Loaders;
  readonly embedded: boolean;
  /** Who is calling, and so what they may do (src/graphql/access.ts). */
  readonly principal: Principal;
  /** The request's Idempotency-Key header, as sent (checked where mutations use it). */
  readonly idempotencyKey?: string;
}

/** GRAPHQL_DB_CONCURRENCY, read once. */
let defaultConcurrency: number | undefined;

export interface ContextOptions {
  readonly embedded: boolean;
  readonly operationName?: string | null;
  readonly principal: Principal;
  readonly idempotencyKey?: string;
  /** Most database transactions this request runs at once; default GRAPHQL_DB_CONCURRENCY. */
  readonly dbConcurrency?: number;
}

export function createContext(db: Executor, options: ContextOptions): GraphContext {
  const requestId = randomUUID();
  const concurrency = options.dbConcurrency ?? (defaultConcurrency ??= loadConfig().GRAPHQL_DB_CONCURRENCY);
  // Every transaction of the request (aliases, loaders, analyses) shares one limit.
  const tagged = db.withMetadata({ requestId, operation: options.operationName ?? 'anonymous', caller: options.principal.subject }).withConcurrency(concurrency);
  return { requestId, db: tagged, loaders: new Loaders(tagged), embedded: options.embedded, principal: options.principal, idempotencyKey: options.idempotencyKey };
}
