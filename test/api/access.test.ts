import { buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, type GraphQLField, type GraphQLInputType } from 'graphql';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/auth/apiKeys.js';
import { createAuthenticator } from '../../src/auth/authenticate.js';
import { authSettingsOf } from '../../src/auth/settings.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { requiredRole } from '../../src/graphql/access.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { hasRole, ROLES, type Principal, type Role } from '../../src/auth/roles.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';
import type { TestDatabase } from '../support/database.js';
import { loadFixture } from '../support/fixture.js';

/**
 * Every root field refuses each role below the one it needs, with UNAUTHENTICATED (no
 * credentials) or FORBIDDEN (a known caller with too low a role), before any Cypher runs; the
 * role it needs gets past the check. Fields are read from the schema, so a new one is covered.
 */
let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(loadFixture));
});

afterAll(() => closeApiSuite({ db, api }));

const schema = buildSchema(loadTypeDefs().join('\n'));

/** A value of `type` that GraphQL accepts (what the resolver then makes of it does not matter here). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sample(f.type)]));
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'Int': return 1;
      case 'Float': return 1.5;
      case 'Boolean': return false;
      case 'JSON': return {};
      default: return 'x';
    }
  }
  return null;
}

/** An operation calling `field` with every required argument passed as a variable. */
function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  const text = `${kind}${declarations ? ` (${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
  return { text, variables: Object.fromEntries(required.map((arg) => [arg.name, sample(arg.type)])) };
}

const anonymous = (role: Role | null): Principal => ({ kind: 'anonymous', subject: 'anonymous', role });
const keyed = (role: Role): Principal => ({ kind: 'apiKey', subject: `${role}-key`, role });

const roots = [
  ['query', 'Query', schema.getQueryType()!] as const,
  ['mutation', 'Mutation', schema.getMutationType()!] as const,
];

describe.each(roots)('every %s field', (kind, type, root) => {
  const fields = Object.values(root.getFields());

  it.each(fields.map((field) => [field.name, field] as const))('%s: refuses each role below the one it needs, before any Cypher', async (name, field) => {
    const needed = requiredRole(type, name);
    const { text, variables } = operationFor(kind, field);
    const below = needed === null ? [] : ROLES.filter((role) => !hasRole(role, needed));
    for (const principal of [anonymous(null), ...below.map(anonymous), ...below.map(keyed)]) {
      if (needed === null) break;
      const result = await api.run(text, variables, principal);
      const code = principal.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(result.errors?.map((e) => e.extensions?.code), `${name} as ${principal.subject} (${principal.role})`).toEqual([code]);
      expect(result.errors?.[0]?.message).toContain(`needs the ${needed} role`);
      expect(result.statements).toBe(0);
    }
    // The role it needs gets past the check (what the resolver then says of the sample arguments varies).
    const enough = await api.run(text, variables, keyed(needed ?? 'viewer'));
    for (const error of enough.errors ?? []) expect(['UNAUTHENTICATED', 'FORBIDDEN']).not.toContain(error.extensions?.code);
  });
});

describe('roles', () => {
  it('reading needs viewer, writing and importing need editor, liveness needs nothing', () => {
    expect(requiredRole('Query', 'agencies')).toBe('viewer');
    expect(requiredRole('Query', 'importRuns')).toBe('viewer');
    expect(requiredRole('Mutation', 'createAgency')).toBe('editor');
    expect(requiredRole('Mutation', 'importBundle')).toBe('editor');
    expect(requiredRole('Query', 'health')).toBeNull();
  });

  it('an editor writes, an admin too, and an analyst is refused with nothing written', async () => {
    const create = 'mutation ($id: ID!) { createPartner(input: { id: $id, name: "Kampus Z", helix: ACADEMIA }) { id } }';
    expect((await api.run(create, { id: 'kampus-z' }, keyed('editor'))).data).toEqual({ createPartner: { id: 'kampus-z' } });
    expect((await api.run(create, { id: 'kampus-y' }, keyed('admin'))).data).toEqual({ createPartner: { id: 'kampus-y' } });
    const refused = await api.run(create, { id: 'kampus-x' }, keyed('analyst'));
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await db.cypher("MATCH (p:Partner) WHERE p.id IN ['kampus-x', 'kampus-y', 'kampus-z'] RETURN p.id AS id ORDER BY id"))
      .toEqual([{ id: 'kampus-y' }, { id: 'kampus-z' }]);
  });
});

describe('over HTTP, with API keys', () => {
  const editorKey = newApiKey();
  const viewerKey = newApiKey();
  const analystKey = newApiKey();
  const adminKey = newApiKey();
  let server: Server;
  let base: string;

  beforeAll(async () => {
    const apollo = createApolloServer();
    await apollo.start();
    const auth = authSettingsOf({
      AUTH_ANONYMOUS_ROLE: 'none',
      API_KEYS: [['ed', 'editor', editorKey], ['vi', 'viewer', viewerKey], ['an', 'analyst', analystKey], ['ad', 'admin', adminKey]]
        .map(([name, role, key]) => `${name}:${role}:${hashApiKey(key!)}`).join(','),
    });
    server = createApp(apollo, db.executor, { embedded: true, driver: db.driver, authenticate: createAuthenticator(auth) }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  const graphql = (query: string, key?: string) => fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query }),
  });

  it('answers 401 UNAUTHENTICATED without a key, 403 FORBIDDEN below the role, 200 with it', async () => {
    const create = 'mutation { createPartner(input: { id: "kampus-http", name: "Kampus HTTP", helix: ACADEMIA }) { id } }';
    const anonymous = await graphql(create);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect((await anonymous.json()).errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    const viewer = await graphql(create, viewerKey);
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).errors[0].extensions).toEqual({ code: 'FORBIDDEN' });
    const editor = await graphql(create, editorKey);
    expect(editor.status).toBe(200);
    expect((await editor.json()).data).toEqual({ createPartner: { id: 'kampus-http' } });
  });

  it('refuses an unknown key with 401 even for reading', async () => {
    const response = await graphql('{ agencies { totalCount } }', newApiKey());
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0]).toMatchObject({ message: expect.stringContaining('unknown API key'), extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('lets a viewer read and the public health query through without a key', async () => {
    expect((await (await graphql('{ agencies { totalCount } }', viewerKey)).json()).data.agencies.totalCount).toBeGreaterThan(0);
    expect((await (await graphql('{ health { ok } }')).json()).data).toEqual({ health: { ok: true } });
  });

  it('tells only an admin which Neo4j the public health field runs on (it told anonymous callers the version and that it is embedded)', async () => {
    const health = '{ health { ok neo4jVersion embedded } }';
    for (const key of [undefined, viewerKey, analystKey, editorKey]) {
      const response = await graphql(health, key);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { health: { ok: true, neo4jVersion: null, embedded: null } } });
    }
    const admin = await (await graphql(health, adminKey)).json();
    expect(admin.data.health).toEqual({ ok: true, neo4jVersion: expect.stringMatching(/^\d+\.\d+/), embedded: true });
  });

  it('lets an analyst export, and refuses a viewer (403) and an anonymous caller (401) before reading anything', async () => {
    const exportAs = (key?: string) => fetch(`${base}/export?format=nodes.csv`, { headers: key ? { 'x-api-key': key } : {} });
    const anonymous = await exportAs();
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error).toMatchObject({ code: 'UNAUTHENTICATED' });
    const viewer = await exportAs(viewerKey);
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).error).toMatchObject({ code: 'FORBIDDEN', message: 'export needs the analyst role; vi has viewer' });
    const analyst = await exportAs(analystKey);
    expect(analyst.status).toBe(200);
    expect((await analyst.text()).split('\n').length).toBeGreaterThan(5);
  });
});
