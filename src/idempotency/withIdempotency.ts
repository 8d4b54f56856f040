import type { GraphQLResolveInfo } from 'graphql';
import { loadConfig } from '../config.js';
import { Executor, type QueryRunner } from '../db/executor.js';
import { BadUserInputError, ConflictError } from '../errors.js';
import type { GraphContext } from '../graphql/context.js';
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from './key.js';
import { idempotencyRecords, recordId, requestFingerprint, type KeyScope } from './records.js';

type Resolver = (parent: unknown, args: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => unknown;

/**
 * Mutations whose key is checked but no outcome kept. importBundle opens and rolls back its own
 * transaction (a dry run, problems found after writing), which cannot nest in the one a keyed
 * mutation runs in; importing the same bundle again changes nothing anyway (its counts say so).
 */
const UNRECORDED = new Set(['importBundle']);

/** Expired records are purged at most this often per process, after a keyed mutation. */
const PURGE_EVERY_MS = 10 * 60 * 1000;
let lastPurge = 0;
let ttlHours: number | undefined;

/** IDEMPOTENCY_TTL_HOURS, read once. */
const timeToLive = () => (ttlHours ??= loadConfig().IDEMPOTENCY_TTL_HOURS);

function purgeNowAndThen(db: Executor): void {
  const now = Date.now();
  if (now - lastPurge < PURGE_EVERY_MS) return;
  lastPurge = now;
  idempotencyRecords.purgeExpired(db, timeToLive()).catch((error: unknown) => {
    // Nothing depends on it: expired records are ignored when read, and the next purge tries again.
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'warn', message: `purging expired idempotency records failed: ${(error as Error).message}` }));
  });
}

const isRecordRace = (error: unknown) => error instanceof ConflictError && error.message.startsWith('IdempotencyRecord ');

/**
 * Runs a mutation once per key. The record is claimed (and locked) first, the mutation runs in
 * the same transaction, and its answer is saved before the commit: a write and its record commit
 * together or not at all. A retry finds the answer and returns it without writing again, even
 * when the first answer never reached the client. A failed mutation leaves no record (nothing
 * was written), so its retry runs again.
 */
async function runOnce(ctx: GraphContext, scope: KeyScope, field: string, args: unknown, resolve: (ctx: GraphContext) => unknown): Promise<unknown> {
  const id = recordId(scope);
  const fingerprint = requestFingerprint(field, args);
  const attempt = () => ctx.db.transaction('WRITE', async (send) => {
    const claimed = await idempotencyRecords.claim(send, id, timeToLive());
    if (claimed.outcome !== null) {
      if (claimed.fingerprint !== fingerprint) {
        throw BadUserInputError.of(IDEMPOTENCY_HEADER, `was already used for a different request (${claimed.field === field ? `${field} with other arguments` : claimed.field}); send a new key for a new request`);
      }
      return JSON.parse(claimed.outcome) as unknown;
    }
    // Every statement the mutation sends goes through this transaction.
    const inTransaction = Executor.inTransaction({ run: send } as unknown as QueryRunner);
    const outcome = await resolve({ ...ctx, db: inTransaction });
    await idempotencyRecords.save(send, { id, fingerprint, outcome: JSON.stringify(outcome ?? null), field, ...scope });
    return outcome;
  });
  try {
    return await attempt();
  } catch (error) {
    // MERGE on the unique id waits for a concurrent first request; should the store still refuse
    // the second record, that request has committed by now: read its answer.
    if (isRecordRace(error)) return await attempt();
    throw error;
  } finally {
    purgeNowAndThen(ctx.db);
  }
}

/**
 * Wraps every mutation so that one sent with an Idempotency-Key runs at most once per caller,
 * response key (the alias, so two aliased mutations in one request each have their own) and key.
 * Without the header a mutation runs as before.
 */
export function withIdempotency(mutations: Record<string, Resolver>): Record<string, Resolver> {
  return Object.fromEntries(Object.entries(mutations).map(([field, resolve]) => {
    const keyed: Resolver = async (parent, args, ctx, info) => {
      const key = parseIdempotencyKey(ctx.idempotencyKey);
      if (key === undefined || UNRECORDED.has(field)) return resolve(parent, args, ctx, info);
      const scope = { caller: ctx.principal.subject, responseKey: String(info.path.key), key };
      return runOnce(ctx, scope, field, args, (inner) => resolve(parent, args, inner, info));
    };
    return [field, keyed];
  }));
}

/** For tests and operators: deletes the records older than IDEMPOTENCY_TTL_HOURS now. */
export async function purgeExpiredIdempotencyRecords(db: Executor, hours: number = timeToLive()): Promise<number> {
  return idempotencyRecords.purgeExpired(db, hours);
}
