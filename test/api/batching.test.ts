import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

// 60 agencies, each leading 2 programs of its own, each program covering 2 regions.
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      UNWIND range(1, 60) AS i
      CREATE (a:Agency {id: 'agency-' + i, name: 'Agency ' + right('0' + i, 2), kind: 'OTHER', level: 'LOCAL'})
      WITH a, i
      UNWIND range(1, 2) AS j
      CREATE (a)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p:Program {id: 'program-' + i + '-' + j, name: 'Program ' + i + '.' + j, track: 'OTHER', status: 'ACTIVE'})
      WITH p, i, j
      UNWIND range(1, 2) AS k
      CREATE (p)-[:COVERS]->(:Region {code: toString(10 + i) + '.' + toString(j) + toString(k), name: 'R', level: 'REGENCY'})
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const query = `query ($first: Int) {
  agencies(first: $first, orderBy: { field: NAME }) {
    nodes { id programs { role program { id regions { code } } } }
  }
}`;

describe('nested fields are batched (no N+1)', () => {
  it('reads 50 agencies with their programs and the programs regions in 3 statements', async () => {
    const result = await api.run<{ agencies: { nodes: Array<{ id: string; programs: Array<{ program: { regions: unknown[] } }> }> } }>(query, { first: 50 });
    expect(result.errors).toBeUndefined();
    const agencies = result.data!.agencies.nodes;
    expect(agencies).toHaveLength(50);
    expect(agencies.every((agency) => agency.programs.length === 2)).toBe(true);
    expect(agencies.flatMap((agency) => agency.programs).every((p) => p.program.regions.length === 2)).toBe(true);
    // One for the page of agencies, one for all their programs, one for all those programs' regions.
    expect(result.statements).toBe(3);
  });

  it('costs the same for 5 agencies as for 50', async () => {
    const small = await api.run(query, { first: 5 });
    const large = await api.run(query, { first: 50 });
    expect(small.statements).toBe(large.statements);
  });
});
