import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import type { Principal } from '../auth/roles.js';
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

export function createContext(db: Executor, options: { embedded: boolean; operationName?: string | null; principal: Principal; idempotencyKey?: string }): GraphContext {
  const requestId = randomUUID();
  const tagged = db.withMetadata({ requestId, operation: options.operationName ?? 'anonymous', caller: options.principal.subject });
  return { requestId, db: tagged, loaders: new Loaders(tagged), embedded: options.embedded, principal: options.principal, idempotencyKey: options.idempotencyKey };
}
