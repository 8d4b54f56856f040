import type { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type Principal } from '../../src/auth/roles.js';
import { createContext, type GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { purgeExpiredIdempotencyRecords } from '../../src/idempotency/withIdempotency.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/**
 * Must-hold 2 of issue 12: a mutation sent again with the same Idempotency-Key returns the first
 * answer and writes nothing, even when the first answer was lost after the commit, and two at
 * once write once. The real Apollo server over the real Neo4j, with the header's value in the
 * context as src/http/app.ts puts it there.
 */

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;

interface Outcome {
  data: Record<string, any> | null | undefined;
  errors: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> | undefined;
}

async function send(query: string, variables: Record<string, unknown>, idempotencyKey?: string, principal: Principal = ADMIN): Promise<Outcome> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db.executor, { embedded: true, principal, idempotencyKey }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return { data: response.body.singleResult.data, errors: response.body.singleResult.errors as Outcome['errors'] };
}

const CREATE = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id name startYear } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id name } }`;
const program = (id: string, name = 'Program') => ({ input: { id, name, track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2020 } });
const programCount = async (id: string) => (await db.cypher<{ n: number }>('RETURN COUNT { (:Program {id: $id}) } AS n', { id }))[0]!.n;
const records = async () => (await db.cypher<{ n: number }>('RETURN COUNT { (:IdempotencyRecord) } AS n'))[0]!.n;
const EDITOR: Principal = { kind: 'apiKey', subject: 'other-editor', role: 'editor' };

beforeAll(async () => {
  db = await testDatabase();
  apollo = createApolloServer();
  await apollo.start();
});

afterAll(async () => {
  await apollo.stop();
  await db.close();
});

beforeEach(async () => {
  await db.wipe();
});

describe('idempotency keys', () => {
  it('runs a create sent twice with one key once, and answers the second with the first answer', async () => {
    const first = await send(CREATE, program('p1'), 'key-1');
    const second = await send(CREATE, program('p1'), 'key-1');
    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data).toEqual(first.data);
    expect(await programCount('p1')).toBe(1);
    // Without a key the same create is a second write, refused as before.
    expect((await send(CREATE, program('p1'))).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('does not write again when the first answer was lost after the commit, and returns it', async () => {
    // The first attempt committed; its answer never reached the client (a timeout, a 503).
    await db.cypher(`CREATE (:Program {id: 'p2', name: 'Before', track: 'RB_GENERAL', status: 'ACTIVE'})`);
    const lost = await send(UPDATE, { id: 'p2', input: { name: 'First' } }, 'rename-once');
    expect(lost.data?.updateProgram.name).toBe('First');
    // Someone else renames it meanwhile; the client's retry must not overwrite that.
    await db.cypher(`MATCH (p:Program {id: 'p2'}) SET p.name = 'Later'`);
    const retry = await send(UPDATE, { id: 'p2', input: { name: 'First' } }, 'rename-once');
    expect(retry.errors).toBeUndefined();
    expect(retry.data).toEqual(lost.data);
    expect((await db.cypher<{ name: string }>(`MATCH (p:Program {id: 'p2'}) RETURN p.name AS name`))[0]!.name).toBe('Later');
  });

  it('writes once when requests with the same key arrive together', async () => {
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => send(CREATE, program('p3'), 'together')));
    expect(outcomes.flatMap((o) => o.errors ?? [])).toEqual([]);
    for (const outcome of outcomes) expect(outcome.data).toEqual(outcomes[0]!.data);
    expect(await programCount('p3')).toBe(1);
    expect(await records()).toBe(1);
  });

  it('refuses the same key with other arguments, or another mutation under the same response key, naming the header', async () => {
    await send(CREATE, program('p4'), 'reused');
    // Keys are scoped by response key: only an alias that reuses it meets the first record.
    const aliasedUpdate = `mutation($id: ID!, $input: UpdateProgramInput!) { createProgram: updateProgram(id: $id, input: $input) { id } }`;
    for (const [query, variables] of [[CREATE, program('p5')], [aliasedUpdate, { id: 'p4', input: { name: 'X' } }]] as const) {
      const outcome = await send(query, variables, 'reused');
      expect(outcome.errors, JSON.stringify(outcome)).toBeDefined();
      expect(outcome.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(outcome.errors?.[0]?.extensions?.field).toBe('Idempotency-Key');
      expect(outcome.errors?.[0]?.message).toMatch(/already used for a different request/);
    }
    expect(await programCount('p5')).toBe(0);
    expect((await db.cypher<{ name: string }>(`MATCH (p:Program {id: 'p4'}) RETURN p.name AS name`))[0]!.name).toBe('Program');
  });

  it('keeps the keys of different callers apart', async () => {
    expect((await send(CREATE, program('p6'), 'shared-key')).errors).toBeUndefined();
    // The other caller's key is its own: its create runs (and is refused: the program exists).
    expect((await send(CREATE, program('p6'), 'shared-key', EDITOR)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await send(CREATE, program('p7'), 'shared-key', EDITOR)).errors).toBeUndefined();
    expect(await programCount('p7')).toBe(1);
  });

  it('keeps each aliased mutation of one request apart, and replays them all', async () => {
    const both = `mutation($a: CreateProgramInput!, $b: CreateProgramInput!) {
      a: createProgram(input: $a) { id } b: createProgram(input: $b) { id } }`;
    const variables = { a: program('pa').input, b: program('pb').input };
    const first = await send(both, variables, 'two-in-one');
    expect(first.errors).toBeUndefined();
    const again = await send(both, variables, 'two-in-one');
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ a: { id: 'pa' }, b: { id: 'pb' } });
    expect(await records()).toBe(2);
  });

  it('refuses a malformed key before writing', async () => {
    for (const key of ['', 'x'.repeat(256), 'kunci-ü', 'tab\there']) {
      const outcome = await send(CREATE, program('p8'), key);
      expect(outcome.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(outcome.errors?.[0]?.extensions?.field).toBe('Idempotency-Key');
    }
    expect(await programCount('p8')).toBe(0);
    expect((await send(CREATE, program('p8'), 'x'.repeat(255))).errors).toBeUndefined();
  });

  it('keeps no record of a mutation that failed, so its retry runs', async () => {
    const missing = await send(UPDATE, { id: 'later', input: { name: 'N' } }, 'not-yet');
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await records()).toBe(0);
    await db.cypher(`CREATE (:Program {id: 'later', name: 'Old', track: 'RB_GENERAL', status: 'ACTIVE'})`);
    expect((await send(UPDATE, { id: 'later', input: { name: 'N' } }, 'not-yet')).data?.updateProgram.name).toBe('N');
  });

  it('forgets records older than IDEMPOTENCY_TTL_HOURS, and purges them', async () => {
    await send(CREATE, program('p9'), 'old-key');
    await send(CREATE, program('p10'), 'fresh-key');
    await db.cypher(`MATCH (r:IdempotencyRecord {field: 'createProgram'}) WHERE r.outcome CONTAINS 'p9' SET r.createdAt = datetime() - duration({hours: 25})`);
    // Expired: the key is free again, so the retry is a new write (refused: p9 exists).
    expect((await send(CREATE, program('p9'), 'old-key')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await db.cypher(`MATCH (r:IdempotencyRecord) WHERE r.outcome CONTAINS 'p9' SET r.createdAt = datetime() - duration({hours: 25})`);
    expect(await purgeExpiredIdempotencyRecords(db.executor, 24)).toBe(1);
    expect(await records()).toBe(1);
    expect((await send(CREATE, program('p10'), 'fresh-key')).errors).toBeUndefined();
  });

  it('leaves the records out of the summary and lookup', async () => {
    await send(CREATE, program('p11', 'Kunci Unik'), 'summary-key');
    expect(await records()).toBe(1);
    const summary = await send(`{ graphSummary { counts { label total } relationships } }`, {});
    expect(summary.errors).toBeUndefined();
    expect(JSON.stringify(summary.data)).not.toMatch(/Idempotency/);
    expect(summary.data?.graphSummary.counts.reduce((total: number, c: { total: number }) => total + c.total, 0)).toBe(1);
    const lookup = await send(`{ lookup(text: "createProgram") { matches { key } suggestions { key } } }`, {});
    expect(lookup.errors).toBeUndefined();
    expect(lookup.data?.lookup).toEqual({ matches: [], suggestions: [] });
  });
});
