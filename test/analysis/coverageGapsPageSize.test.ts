import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { ADMIN } from '../../src/auth/roles.js';
import { loadConfig } from '../../src/config.js';
import { createContext, type GraphContext } from '../../src/graphql/context.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { COVERAGE_GAPS, COVERAGE_MAP, EVERY_REGION, GAPS_PAGE_SIZE } from '../../web/app/queries/gaps.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/*
 * coverageGaps pages up to 1,000 regions (every other list: 100): the analysis reads every
 * region in scope whatever the page, so the workbench's map asks for all 514 regencies at once
 * instead of making the server compute the same answer six times. Checked on the real server
 * with the default limits (GRAPHQL_MAX_COST 5000 and the rest), on 250 regencies of one
 * province, one of them reached by a program: more than the 100 other lists allow.
 */

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;

const REGENCIES = 250;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(`
    CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})
    CREATE (p:Region {code: '11', name: 'ACEH', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
    CREATE (theme:Theme {id: 'kemiskinan', name: 'Kemiskinan'})
    CREATE (program:Program {id: 'bantuan', name: 'Bantuan', track: 'RB_THEMATIC', status: 'ACTIVE'})-[:ADDRESSES]->(theme)
    WITH p, program
    UNWIND range(1, $count) AS i
    CREATE (r:Region {code: '11.' + right('000' + toString(i), 4), name: 'KABUPATEN ' + toString(i), level: 'REGENCY', outermostIslandCount: i % 2})-[:PART_OF]->(p)
    WITH program, r WHERE r.code = '11.0001'
    CREATE (program)-[:COVERS]->(r)
  `, { count: REGENCIES });
  apollo = createApolloServer(serverSettings(loadConfig({})));
  await apollo.start();
}, 120_000);

afterAll(async () => {
  await apollo?.stop();
  await db?.close();
});

interface Result { data?: Record<string, any> | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }

async function run(query: string, variables: Record<string, unknown> = {}): Promise<Result> {
  const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(db.executor, { embedded: true, principal: ADMIN }) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as Result;
}

describe('coverageGaps pages of up to 1,000 regions', () => {
  it('answers the workbench map query, every region in scope in one page, within the default cost limit', async () => {
    const variables = { theme: 'kemiskinan', level: 'REGENCY', every: EVERY_REGION, first: GAPS_PAGE_SIZE };
    const answer = await run(COVERAGE_MAP, variables);
    expect(answer.errors).toBeUndefined();
    const page = answer.data!.coverageGaps;
    expect(page.totalCount).toBe(REGENCIES);
    expect(page.nodes).toHaveLength(REGENCIES);
    expect(page.pageInfo.hasNextPage).toBe(false);
    // Every region once; the one the program covers comes last (most programs).
    const codes = page.nodes.map((node: { region: { code: string } }) => node.region.code);
    expect(new Set(codes).size).toBe(REGENCIES);
    expect(page.nodes.at(-1)).toMatchObject({
      region: { code: '11.0001' }, programCount: 1, coverage: 'DIRECT',
      programs: [{ program: { id: 'bantuan' }, coverage: 'DIRECT', via: { code: '11.0001' } }],
    });
  }, 120_000);

  it('pages past 100 with a cursor', async () => {
    const variables = { theme: 'kemiskinan', level: 'REGENCY', every: EVERY_REGION, first: 200 };
    const first = (await run(COVERAGE_MAP, variables)).data!.coverageGaps;
    expect(first.nodes).toHaveLength(200);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await run(COVERAGE_MAP, { ...variables, after: first.pageInfo.endCursor })).data!.coverageGaps;
    expect(second.nodes).toHaveLength(REGENCIES - 200);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('answers the table query (the gaps only) with first 1000 too', async () => {
    const answer = await run(COVERAGE_GAPS, { theme: 'kemiskinan', minPrograms: 1, first: GAPS_PAGE_SIZE });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.coverageGaps.totalCount).toBe(REGENCIES - 1);
    expect(answer.data!.coverageGaps.nodes).toHaveLength(REGENCIES - 1);
  });

  it('refuses a page of more than 1,000, and keeps the cap of 100 on every other list', async () => {
    const tooMany = await run(COVERAGE_MAP, { theme: 'kemiskinan', every: EVERY_REGION, first: 1001 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.errors?.[0]?.message).toContain('must be at most 1000');
    const regions = await run('query ($first: Int) { regions(first: $first) { totalCount } }', { first: 101 });
    expect(regions.errors?.[0]?.message).toContain('must be at most 100');
  });

  it('counts a literal first: 1000 like the same value in a variable (issue 12: the cost limit now reads variables)', async () => {
    const literal = COVERAGE_MAP.replace('first: $first', 'first: 1000').replace(', $first: Int', '');
    const answer = await run(literal, { theme: 'kemiskinan', every: EVERY_REGION });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.coverageGaps.nodes).toHaveLength(REGENCIES);
  });
});
