import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeApiSuite, openApiSuite, type ApiSuite } from '../support/apiSuite.js';

/**
 * Issue 12, finding 5: rules that span fields or nodes must hold when two writes race. Each
 * round fires two mutations together over the real Apollo server and the real Neo4j; whichever
 * order the database settles on, at most one of a pair that breaks a rule together may succeed,
 * and the graph read back must keep the rule.
 */

const ROUNDS = 20;
let suite: ApiSuite;

beforeAll(async () => {
  suite = await openApiSuite(async () => undefined);
});

afterAll(async () => {
  await closeApiSuite(suite);
});

beforeEach(async () => {
  await suite.db.wipe();
});

const UPDATE_PROGRAM = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id startYear endYear } }`;
const LINK = `mutation($input: LinkInput!) { link(input: $input) { relation from to } }`;

type Outcome = Awaited<ReturnType<ApiSuite['api']['run']>>;
const succeeded = (outcome: Outcome) => !outcome.errors?.length;
const codesOf = (outcomes: Outcome[]) => outcomes.flatMap((o) => o.errors ?? []).map((e) => e.extensions?.code);

async function themes(ids: string[]) {
  await suite.db.cypher('UNWIND $ids AS id CREATE (:Theme {id: id, name: id})', { ids });
}

async function agencies(ids: string[]) {
  await suite.db.cypher(`UNWIND $ids AS id CREATE (:Agency {id: id, name: id, kind: 'MINISTRY', level: 'NATIONAL'})`, { ids });
}

const link = (relation: string, from: string, to: string) => suite.api.run(LINK, { input: { relation, from, to } });

describe('two concurrent updates break a rule', () => {
  it("never leaves a program's startYear after its endYear", async () => {
    await suite.db.cypher(`CREATE (:Program {id: 'p', name: 'P', track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2005, endYear: 2010})`);
    let bothSucceeded = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      await suite.db.cypher(`MATCH (p:Program {id: 'p'}) SET p.startYear = 2005, p.endYear = 2010`);
      const outcomes = await Promise.all([
        suite.api.run(UPDATE_PROGRAM, { id: 'p', input: { startYear: 2009 } }),
        suite.api.run(UPDATE_PROGRAM, { id: 'p', input: { endYear: 2006 } }),
      ]);
      if (outcomes.every(succeeded)) bothSucceeded += 1;
      expect(codesOf(outcomes).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
      const [stored] = await suite.db.cypher<{ startYear: number; endYear: number }>(`MATCH (p:Program {id: 'p'}) RETURN p.startYear AS startYear, p.endYear AS endYear`);
      expect(stored!.startYear).toBeLessThanOrEqual(stored!.endYear);
      expect(outcomes.filter(succeeded)).toHaveLength(1);
    }
    expect(bothSucceeded).toBe(0);
  });

  it('never gives a theme two parents', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await suite.db.wipe();
      await themes(['child', 'one', 'two']);
      const outcomes = await Promise.all([link('THEME_PART_OF', 'child', 'one'), link('THEME_PART_OF', 'child', 'two')]);
      expect(outcomes.filter(succeeded)).toHaveLength(1);
      expect(codesOf(outcomes)).toEqual(['CONFLICT']);
      const [row] = await suite.db.cypher<{ parents: number }>(`MATCH (:Theme {id: 'child'})-[r:PART_OF]->() RETURN count(r) AS parents`);
      expect(row!.parents).toBe(1);
    }
  });

  for (const [relation, create] of [['THEME_PART_OF', themes], ['REPORTS_TO', agencies]] as const) {
    it(`never closes a ${relation} loop of two links`, async () => {
      for (let round = 0; round < ROUNDS; round += 1) {
        await suite.db.wipe();
        await create(['a', 'b']);
        const outcomes = await Promise.all([link(relation, 'a', 'b'), link(relation, 'b', 'a')]);
        expect(outcomes.filter(succeeded)).toHaveLength(1);
        expect(codesOf(outcomes)).toEqual(['CONFLICT']);
      }
    });
  }

  it('never closes a loop through links already there (a -> b, c -> d, then b -> c and d -> a together)', async () => {
    // Each round deadlocks by design (each holds what the other must lock); Neo4j picks one to
    // retry after the driver's back-off of about a second, so fewer rounds.
    for (let round = 0; round < 8; round += 1) {
      await suite.db.wipe();
      await agencies(['a', 'b', 'c', 'd']);
      await suite.db.cypher(`MATCH (a:Agency {id: 'a'}), (b:Agency {id: 'b'}), (c:Agency {id: 'c'}), (d:Agency {id: 'd'}) CREATE (a)-[:REPORTS_TO]->(b), (c)-[:REPORTS_TO]->(d)`);
      const outcomes = await Promise.all([link('REPORTS_TO', 'b', 'c'), link('REPORTS_TO', 'd', 'a')]);
      expect(outcomes.filter(succeeded)).toHaveLength(1);
      const [row] = await suite.db.cypher<{ loop: boolean }>(`RETURN EXISTS { MATCH (a:Agency {id: 'a'})-[:REPORTS_TO*1..]->(a) } AS loop`);
      expect(row!.loop).toBe(false);
    }
  });
});
