import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fc from 'fast-check';
import { buildSchema, type GraphQLField } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { createApp } from '../../src/http/app.js';
import { createApolloServer } from '../../src/graphql/server.js';
import type { GraphContext } from '../../src/graphql/context.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { LINKABLE, RELATIONS } from '../../src/model/relations.js';
import { hashApiKey } from '../../src/auth/apiKeys.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { authSettingsOf } from '../../src/auth/settings.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadFixture } from '../support/fixture.js';
import { badCredentials, malformedRequest, nearValidWrite, requestFor, stringsIn, type FieldRequest } from './generators.js';
import { graphDigest, verifyAccepted, type GraphDigest } from './graph.js';

/**
 * Hostile input over real HTTP: generated queries, variables and broken documents against every
 * root field of the schema. Whatever is sent, the server answers in JSON with a stable error code,
 * leaks nothing of its internals, and a rejected mutation leaves the graph exactly as it was.
 */

const SEED = 20_261_123;
/** An editor: the least role that may write and import, which the mutation phase needs. */
const API_KEY = 'kg_hostile-fuzz-editor';
const QUERY_RUNS = 700;
const MUTATION_RUNS = 700;
const MALFORMED_RUNS = 400;
const NEAR_VALID_RUNS = 250;

/** Text that only our own internals contain; the error messages must never show it. */
const LEAKS: readonly RegExp[] = [
  / {4}at /, /\bat .+:\d+:\d+\)/, /MATCH \(/i, /UNWIND \$/i, /MERGE \(/i, /CREATE \(/i, /RETURN \w+ AS /i,
  /neo4j:\/\//i, /bolt(\+s)?:\/\//i, /\/work\//, /node_modules/, /Neo\.(ClientError|DatabaseError|TransientError)/,
];

const schema = buildSchema(loadTypeDefs().join('\n'));
const queryFields = Object.values(schema.getQueryType()!.getFields());
const mutationFields = Object.values(schema.getMutationType()!.getFields());

const RELATIONS_BY_NAME = Object.fromEntries(LINKABLE.map((name) => {
  const spec: { from: string; to: string; roles?: readonly string[] } = RELATIONS[name];
  return [name, spec];
}));

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let endpoint: string;
let baseline: GraphDigest;
let requestsSent = 0;
const acceptedMutations = new Map<string, number>();

interface Reply {
  readonly status: number;
  readonly text: string;
  readonly body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }> } | undefined;
}

/** Every request goes through here, so credentials (an API key header) can be added in one place. */
async function post(body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  requestsSent += 1;
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Reply['body'];
  try { parsed = JSON.parse(text); } catch { parsed = undefined; }
  return { status: response.status, text, body: parsed };
}

function escapedForms(sent: string): string[] {
  const json = JSON.stringify(sent).slice(1, -1);
  return [...new Set([sent, json, sent.trim(), JSON.stringify(json).slice(1, -1)])].filter((form) => form.length >= 3);
}

/** The strings inside an error, without the parts that merely echo what the client sent. */
function ownWords(value: unknown, sent: readonly string[], into: string[] = []): string[] {
  if (typeof value === 'string') {
    let text = value;
    for (const form of sent.flatMap(escapedForms).sort((a, b) => b.length - a.length)) text = text.split(form).join('\u2400');
    into.push(text);
  } else if (Array.isArray(value)) value.forEach((item) => ownWords(item, sent, into));
  else if (value !== null && typeof value === 'object') {
    for (const [key, field] of Object.entries(value)) { into.push(key); ownWords(field, sent, into); }
  }
  return into;
}

const codes = new Map<string, number>();
const count = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The checks every response must pass, whatever was sent. */
function checkReply(reply: Reply, sent: readonly string[], request: unknown): void {
  const where = `request ${JSON.stringify(request).slice(0, 2_000)}\nresponse ${reply.status} ${reply.text.slice(0, 2_000)}`;
  if (reply.status === 500 || (reply.status > 500 && reply.status !== 503)) throw new Error(`server error: ${where}`);
  if (reply.body === undefined || typeof reply.body !== 'object' || reply.body === null) throw new Error(`not JSON: ${where}`);
  if (!('data' in reply.body) && !('errors' in reply.body)) throw new Error(`neither data nor errors: ${where}`);
  for (const error of reply.body.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string') throw new Error(`error without extensions.code: ${where}`);
    count(codes, code);
    if (code === 'INTERNAL_SERVER_ERROR') throw new Error(`unexpected server failure: ${where}`);
    for (const text of ownWords({ message: error.message, extensions: error.extensions }, sent)) {
      const leak = LEAKS.find((pattern) => pattern.test(text));
      if (leak) throw new Error(`leak ${leak}: ${where}`);
    }
  }
}

type Outcome = 'success' | 'resolverError' | 'rejected';

/** Whether the request reached the field's resolver: data, or an error on the field's path. */
function outcome(reply: Reply, field: string): Outcome {
  const errors = reply.body?.errors ?? [];
  if (errors.length === 0 && reply.body?.data && field in reply.body.data) return 'success';
  return errors.some((error) => error.path?.[0] === field) ? 'resolverError' : 'rejected';
}

async function restoreFixture() {
  await db.wipe();
  await loadFixture(db);
}

beforeAll(async () => {
  db = await testDatabase();
  await restoreFixture();
  baseline = await graphDigest(db);
  apollo = createApolloServer();
  await apollo.start();
  const app = createApp(apollo, db.executor, {
    embedded: true,
    driver: db.driver,
    authenticate: createAuthenticator(authSettingsOf({ API_KEYS: `hostile:editor:${hashApiKey(API_KEY)}` })),
  });
  server = await new Promise<Server>((resolve) => { const listening = app.listen(0, '127.0.0.1', () => resolve(listening)); });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await apollo?.stop();
  await db?.close();
  console.info(`hostile: ${requestsSent} requests; codes ${JSON.stringify(Object.fromEntries(codes))}; accepted mutations ${JSON.stringify(Object.fromEntries(acceptedMutations))}`);
});

/**
 * Sends one mutation and checks its effect: a rejected one must leave the graph's digest as it
 * was; an accepted one must have stored what was sent, and the fixture is then put back.
 */
async function sendMutation(request: FieldRequest, outcomes: Map<string, Map<Outcome, number>>): Promise<void> {
  const reply = await post(request.body);
  checkReply(reply, request.sentStrings, request.body);
  const result = outcome(reply, request.field);
  if (!outcomes.has(request.field)) outcomes.set(request.field, new Map());
  count(outcomes.get(request.field)! as Map<string, number>, result);
  const data = reply.body?.data?.[request.field] as Record<string, unknown> | undefined;
  const wrote = result === 'success' && !(request.field === 'importBundle' && data?.status !== 'IMPORTED');
  if (!wrote) {
    const after = await graphDigest(db);
    if (after.hash !== baseline.hash) {
      await restoreFixture();
      throw new Error(`a ${result} mutation changed the graph (${JSON.stringify(baseline)} -> ${JSON.stringify(after)}): ${JSON.stringify(request.body).slice(0, 2_000)}\n${reply.text.slice(0, 2_000)}`);
    }
    return;
  }
  count(acceptedMutations, request.field);
  const problems = await verifyAccepted(db, request.field, request.args as Record<string, any>, data ?? {});
  await restoreFixture();
  if (problems.length) throw new Error(`accepted ${request.field} stored something else: ${problems.join('; ')}\n${JSON.stringify(request.body).slice(0, 2_000)}`);
}

function byField(fields: ReadonlyArray<GraphQLField<unknown, unknown>>, operation: 'query' | 'mutation') {
  return fc.oneof(...fields.map((field) => requestFor(operation, field)));
}

function expectEveryFieldReached(fields: ReadonlyArray<GraphQLField<unknown, unknown>>, outcomes: Map<string, Map<Outcome, number>>) {
  const unreached = fields.map((field) => field.name)
    .filter((name) => (outcomes.get(name)?.get('success') ?? 0) + (outcomes.get(name)?.get('resolverError') ?? 0) === 0);
  expect(unreached, 'fields whose resolver no generated request reached').toEqual([]);
}

describe('hostile input over HTTP', () => {
  it('answers generated queries to every root query field without a 500, a leak or a change', async () => {
    const outcomes = new Map<string, Map<Outcome, number>>();
    await fc.assert(
      fc.asyncProperty(byField(queryFields, 'query'), async (request) => {
        const reply = await post(request.body);
        checkReply(reply, request.sentStrings, request.body);
        const result = outcome(reply, request.field);
        if (!outcomes.has(request.field)) outcomes.set(request.field, new Map());
        count(outcomes.get(request.field)! as Map<string, number>, result);
      }),
      { seed: SEED, numRuns: QUERY_RUNS, endOnFailure: true },
    );
    expect(await graphDigest(db)).toEqual(baseline);
    expectEveryFieldReached(queryFields, outcomes);
    const total = (kind: Outcome) => [...outcomes.values()].reduce((sum, map) => sum + (map.get(kind) ?? 0), 0);
    expect(total('success')).toBeGreaterThan(QUERY_RUNS * 0.15);
    expect(total('resolverError')).toBeGreaterThan(QUERY_RUNS * 0.05);
    expect(total('rejected')).toBeGreaterThan(QUERY_RUNS * 0.1);
  }, 120_000);

  it('leaves the graph untouched by every rejected mutation, and stores exactly what an accepted one sent', async () => {
    const outcomes = new Map<string, Map<Outcome, number>>();
    await fc.assert(
      fc.asyncProperty(byField(mutationFields, 'mutation'), (request) => sendMutation(request, outcomes)),
      { seed: SEED, numRuns: MUTATION_RUNS, endOnFailure: true },
    );
    expect(await graphDigest(db)).toEqual(baseline);
    expectEveryFieldReached(mutationFields, outcomes);
    const total = (kind: Outcome) => [...outcomes.values()].reduce((sum, map) => sum + (map.get(kind) ?? 0), 0);
    expect(total('success')).toBeGreaterThan(MUTATION_RUNS * 0.02);
    expect(total('resolverError')).toBeGreaterThan(MUTATION_RUNS * 0.1);
    expect(codes.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(0);
    expect(codes.get('NOT_FOUND') ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('stores exactly what near-valid links, measurements and imports send', async () => {
    const outcomes = new Map<string, Map<Outcome, number>>();
    const before = new Map(acceptedMutations);
    await fc.assert(
      fc.asyncProperty(nearValidWrite(RELATIONS_BY_NAME), (request) => sendMutation(request, outcomes)),
      { seed: SEED, numRuns: NEAR_VALID_RUNS, endOnFailure: true },
    );
    expect(await graphDigest(db)).toEqual(baseline);
    for (const field of ['link', 'unlink', 'setMeasurement', 'importBundle']) {
      expect((acceptedMutations.get(field) ?? 0) - (before.get(field) ?? 0), `accepted ${field} requests`).toBeGreaterThan(0);
    }
  }, 120_000);

  it('answers broken documents and bodies with a client error in JSON', async () => {
    const valid = [...queryFields, ...mutationFields].map((field) => fc.sample(requestFor('query', field), { seed: SEED, numRuns: 1 })[0]!.body.query);
    const statuses = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(malformedRequest(valid), async (request) => {
        const reply = await post(request.body, request.headers);
        checkReply(reply, stringsIn(request), request);
        count(statuses, String(reply.status));
      }),
      { seed: SEED, numRuns: MALFORMED_RUNS, endOnFailure: true },
    );
    expect(statuses.get('400') ?? 0).toBeGreaterThan(MALFORMED_RUNS * 0.3);
    expect(await graphDigest(db)).toEqual(baseline);
  }, 120_000);

  // graphql-js 16 would refuse it only at execution, without a code; a validation rule refuses it first.
  it('answers a subscription (the schema has none) with a client error code', async () => {
    const request = { query: 'subscription { health { ok } }' };
    const reply = await post(request);
    checkReply(reply, [], request);
    expect(reply.status).toBe(400);
    expect(reply.body?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  // A credential that does not check out is refused outright, never downgraded to anonymous.
  it('refuses bad credentials with UNAUTHENTICATED in JSON', async () => {
    await fc.assert(
      fc.asyncProperty(badCredentials, async (headers) => {
        const request = { query: 'mutation { deleteAgency(id: "bkn") { deleted } }' };
        const reply = await post(request, headers);
        checkReply(reply, stringsIn(headers), { request, headers });
        expect(reply.status).toBe(401);
        expect(reply.body?.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      }),
      { seed: SEED, numRuns: 40, endOnFailure: true },
    );
    expect(await graphDigest(db)).toEqual(baseline);
  });
});
