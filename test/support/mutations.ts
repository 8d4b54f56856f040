import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { testApi, type ApiResult, type TestApi } from './api.js';
import { testDatabase, type TestDatabase } from './database.js';
import { loadFixture } from './fixture.js';

/*
 * What the mutation tests (test/api/mutations/*.test.ts, one file per family) share: the real
 * Apollo server over the run's database, the fixture of fixture.ts reloaded before every test,
 * and the reads that check what a mutation wrote (or, for a failure, that it wrote nothing).
 * Each test file calls `useMutationFixture()` once at its top; `api` and `db` then reach that
 * file's server and connection.
 */

export type Props = Record<string, unknown>;

let current: { db: TestDatabase; api: TestApi } | undefined;

function open(): { db: TestDatabase; api: TestApi } {
  if (!current) throw new Error('call useMutationFixture() at the top of the test file');
  return current;
}

/** Registers the file's hooks: connect and start the server once, wipe and load the fixture before each test. */
export function useMutationFixture(): void {
  beforeAll(async () => {
    const db = await testDatabase();
    current = { db, api: await testApi(db.executor) };
  });
  afterAll(async () => {
    await current?.api.stop();
    await current?.db.close();
    current = undefined;
  });
  beforeEach(async () => {
    const { db } = open();
    await db.wipe();
    await loadFixture(db);
  });
}

/** The GraphQL API, as the admin (see support/api.ts). */
export const api = {
  run: <T = Record<string, any>>(query: string, variables?: Props): Promise<ApiResult<T>> => open().api.run<T>(query, variables),
  ok: <T = Record<string, any>>(query: string, variables?: Props): Promise<T> => open().api.ok<T>(query, variables),
};

/** Cypher written by the test itself, to read back what a mutation wrote. */
export const db = {
  cypher: <T = Record<string, unknown>>(query: string, params?: Props): Promise<T[]> => open().db.cypher<T>(query, params),
};

// ---------------------------------------------------------------------------------------------
// Reading the graph back

/** Key order of a property map is not fixed; this string is. */
const stable = (value: Props) => JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

export interface GraphState {
  nodeCount: number;
  relationshipCount: number;
  nodes: string[];
  relationships: string[];
}

/** The whole graph: counts, and every node and relationship with its properties. */
export async function graphState(): Promise<GraphState> {
  const [{ nodeCount }] = (await db.cypher<{ nodeCount: number }>('MATCH (n) RETURN count(n) AS nodeCount')) as [{ nodeCount: number }];
  const [{ relationshipCount }] = (await db.cypher<{ relationshipCount: number }>(
    'MATCH ()-[r]->() RETURN count(r) AS relationshipCount',
  )) as [{ relationshipCount: number }];
  const nodes = await db.cypher<{ labels: string[]; props: Props }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await db.cypher<{ type: string; from: string; to: string; props: Props }>(`
    MATCH (a)-[r]->(b)
    RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props
  `);
  return {
    nodeCount,
    relationshipCount,
    nodes: nodes.map((n) => `${[...n.labels].sort().join(':')} ${stable(n.props)}`).sort(),
    relationships: relationships.map((r) => `${r.from} -[${r.type} ${stable(r.props)}]-> ${r.to}`).sort(),
  };
}

export async function counts() {
  const state = await graphState();
  return { nodes: state.nodeCount, relationships: state.relationshipCount };
}

/** The stored properties of the node with this label and key, or null. */
export async function stored(label: string, key: string): Promise<Props | null> {
  const keyName = label === 'Region' ? 'code' : 'id';
  const rows = await db.cypher<{ props: Props }>(`MATCH (n:${label} {${keyName}: $key}) RETURN properties(n) AS props`, { key });
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0]?.props ?? null;
}

export async function countOf(query: string, params: Props = {}): Promise<number> {
  const rows = await db.cypher<{ n: number }>(query, params);
  expect(rows).toHaveLength(1);
  return rows[0]!.n;
}

/**
 * Runs an operation that must fail with one error of `code` naming `field`, and checks that
 * the graph is exactly as it was before.
 */
export async function expectFailure(query: string, variables: Props, code: string, field: string | undefined) {
  const before = await graphState();
  const result = await api.run(query, variables);
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  expect(error.extensions?.field, error.message).toBe(field);
  expect(result.data ?? null).toBeNull();
  expect(await graphState()).toEqual(before);
  return error;
}

// ---------------------------------------------------------------------------------------------
// Documents and inputs that more than one family sends (atomicity.test.ts sends them all)

export const SOURCE_FIELDS = 'sources { ref title synthetic }';

export const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
export const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id startYear endYear } }`;
export const UPDATE_PROGRAM = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id startYear endYear } }`;
export const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { code name level isCity parent { code } } }`;
export const LINK = `mutation($input: LinkInput!) { link(input: $input) { relation from to role } }`;
export const UNLINK = `mutation($input: UnlinkInput!) { unlink(input: $input) { relation from to role } }`;
export const SET_MEASUREMENT = `mutation($input: MeasurementInput!) {
  setMeasurement(input: $input) { year target actual region { code name } ${SOURCE_FIELDS} }
}`;
export const DELETE_MEASUREMENT = `mutation($input: MeasurementKeyInput!) { deleteMeasurement(input: $input) { deleted id } }`;

/** A valid new agency and program, for the tests that change one field of them. */
export const agency = { id: 'bappenas', name: 'Bappenas', kind: 'MINISTRY', level: 'NATIONAL' };
export const program = { id: 'mpp', name: 'Mal Pelayanan Publik', track: 'RB_THEMATIC', status: 'ACTIVE' };
