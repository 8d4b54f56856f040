import { Neo4jError } from 'neo4j-driver';
import { ConflictError, DomainError, ServiceUnavailableError, TimeoutError } from '../errors.js';

const UNIQUE_VIOLATION = /already exists with label `(\w+)` and property `(\w+)` = (.+)$/m;

/** Neo4j 5's codes for a transaction stopped by its timeout (server setting or the one the client asked for). */
const TIMED_OUT = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/** Codes of a transaction terminated for some reason, which is a timeout when the message says so. */
const TERMINATED = new Set(['Neo.TransientError.Transaction.Terminated', 'Neo.TransientError.Transaction.LockClientStopped', 'Neo.ClientError.Transaction.Terminated']);

/** The driver's codes for "no server to talk to" (refused, closed, lost mid-transaction). */
const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

function isTimeout(error: Neo4jError): boolean {
  return TIMED_OUT.has(error.code) || (TERMINATED.has(error.code) && /timed? ?out|timeout/i.test(error.message));
}

function isUnreachable(error: Neo4jError): boolean {
  // The pool gives up waiting for a connection with a code-less error; it means the same to a client.
  return UNREACHABLE.has(error.code) || error.message.startsWith('Connection acquisition timed out');
}

/** Neo4j's code for a transaction that asked for more memory than it may have. */
const OUT_OF_MEMORY = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

/**
 * A transaction needed more memory than Neo4j lets one have (db.memory.transaction.total.max,
 * 70% of the heap by default), and was rolled back. Not a DomainError: a GraphQL request that
 * meets it is answered as an internal error, as any unexpected failure is; the bulk import
 * recognises it and tells its user what to do (src/modules/import/importBundle.ts).
 */
export class TransactionMemoryError extends Error {
  constructor(cause: Neo4jError) {
    super(`the transaction needed more memory than Neo4j allows (db.memory.transaction.total.max): ${cause.message.split('\n')[0]}`, { cause });
    this.name = 'TransactionMemoryError';
  }
}

/** Turns a Neo4j error into the domain error it stands for; anything else passes through. */
export function toDomainError(error: unknown): unknown {
  if (error instanceof DomainError || error instanceof TransactionMemoryError) return error;
  if (error instanceof Neo4jError && error.code === OUT_OF_MEMORY) return new TransactionMemoryError(error);
  if (error instanceof Neo4jError && isTimeout(error)) return new TimeoutError();
  if (error instanceof Neo4jError && isUnreachable(error)) return new ServiceUnavailableError();
  if (error instanceof Neo4jError && error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    const match = UNIQUE_VIOLATION.exec(error.message);
    if (match) {
      const [, label, property, value] = match;
      return new ConflictError(`${label} with ${property} ${value} already exists`, property);
    }
    return new ConflictError(error.message);
  }
  return error;
}
