import { randomUUID } from 'node:crypto';
import type { Executor } from '../db/executor.js';
import { Loaders } from './loaders.js';

/** What every resolver receives. One per request: loaders must not outlive it. */
export interface GraphContext {
  readonly requestId: string;
  readonly db: Executor;
  readonly loaders: Loaders;
  readonly embedded: boolean;
}

export function createContext(db: Executor, options: { embedded: boolean; operationName?: string | null }): GraphContext {
  const requestId = randomUUID();
  const tagged = db.withMetadata({ requestId, operation: options.operationName ?? 'anonymous' });
  return { requestId, db: tagged, loaders: new Loaders(tagged), embedded: options.embedded };
}
