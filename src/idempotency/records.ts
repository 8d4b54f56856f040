import { createHash } from 'node:crypto';
import { z } from 'zod';
import { defineQuery, type Send } from '../db/query.js';
import type { Executor } from '../db/executor.js';

/**
 * The records of mutations sent with an Idempotency-Key: (:IdempotencyRecord) nodes, outside the
 * model (no export, summary, list or analysis matches their label), one per caller, response key
 * and key, each holding a fingerprint of the request and its answer as JSON.
 */

const claimQuery = defineQuery({
  file: new URL('./claim.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({ id: z.string(), ttlHours: z.number().int().positive() }),
  row: z.object({ outcome: z.string().nullable(), fingerprint: z.string().nullable(), field: z.string().nullable() }),
});

const saveQuery = defineQuery({
  file: new URL('./save.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({
    id: z.string(), fingerprint: z.string(), outcome: z.string(),
    caller: z.string(), field: z.string(), responseKey: z.string(),
  }),
  row: z.object({}),
});

const purgeQuery = defineQuery({
  file: new URL('./purgeExpired.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({ ttlHours: z.number().int().positive(), limit: z.number().int().positive() }),
  row: z.object({ purged: z.number().int() }),
});

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every level, so that equal arguments always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Who sent which key for which field of the response: the record's identity. */
export interface KeyScope {
  readonly caller: string;
  readonly responseKey: string;
  readonly key: string;
}

export const recordId = (scope: KeyScope) => sha256(canonical([scope.caller, scope.responseKey, scope.key]));
export const requestFingerprint = (field: string, args: unknown) => sha256(canonical({ field, args }));

export const idempotencyRecords = {
  /** Locks the record of `id` (making it if need be); its live outcome, if it has one. */
  async claim(send: Send, id: string, ttlHours: number) {
    const [row] = await claimQuery.runIn(send, { id, ttlHours });
    return row!;
  },

  /** Keeps the answer on the record `claim` locked, in the same transaction as the write. */
  async save(send: Send, record: { id: string; fingerprint: string; outcome: string } & KeyScope & { field: string }) {
    const { key: _key, ...stored } = record;
    // The key itself is not kept: the id is its hash with the caller and response key.
    await saveQuery.runIn(send, stored);
  },

  /** Deletes records older than `ttlHours`, `limit` at most; how many went. */
  async purgeExpired(db: Executor, ttlHours: number, limit = 1000): Promise<number> {
    const [row] = await purgeQuery.run(db, { ttlHours, limit });
    return row?.purged ?? 0;
  },
};
