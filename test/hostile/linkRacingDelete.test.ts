import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeApiSuite, openApiSuite, type ApiSuite } from '../support/apiSuite.js';

/**
 * Issue 12, finding 7: a `link` (or a measurement) racing the delete of one of its ends answered
 * INTERNAL_SERVER_ERROR. Whichever commits first, the other must answer with a client code:
 * NOT_FOUND when the node is gone, and the graph must hold no link to a deleted node.
 */

const ROUNDS = 20;
let suite: ApiSuite;

beforeAll(async () => {
  suite = await openApiSuite(async () => undefined);
});

afterAll(async () => {
  await closeApiSuite(suite);
});

const LINK = `mutation($input: LinkInput!) { link(input: $input) { relation from to } }`;
const DELETE_THEME = `mutation($id: ID!) { deleteTheme(id: $id) { deleted } }`;
const DELETE_INDICATOR = `mutation($id: ID!) { deleteIndicator(id: $id) { deleted } }`;
const SET_MEASUREMENT = `mutation($input: MeasurementInput!) { setMeasurement(input: $input) { year } }`;

type Outcome = Awaited<ReturnType<ApiSuite['api']['run']>>;
const errorsOf = (outcomes: Outcome[]) => outcomes.flatMap((o) => o.errors ?? []);

describe('a link racing a delete', () => {
  it('answers NOT_FOUND, never INTERNAL_SERVER_ERROR, when the end is deleted at the same time', async () => {
    const seen = new Set<unknown>();
    for (let round = 0; round < ROUNDS; round += 1) {
      await suite.db.wipe();
      await suite.db.cypher(`CREATE (:Program {id: 'p', name: 'P', track: 'RB_GENERAL', status: 'ACTIVE'}), (:Theme {id: 't', name: 'T'})`);
      const outcomes = await Promise.all([
        suite.api.run(LINK, { input: { relation: 'ADDRESSES', from: 'p', to: 't' } }),
        suite.api.run(DELETE_THEME, { id: 't' }),
      ]);
      const errors = errorsOf(outcomes);
      for (const error of errors) seen.add(error.extensions?.code);
      expect(errors.map((e) => e.extensions?.code)).toEqual(errors.length ? ['NOT_FOUND'] : []);
      if (errors.length) expect(errors[0]!.message).toBe("Theme 't' does not exist");
      const [row] = await suite.db.cypher<{ links: number; themes: number }>(`RETURN COUNT { (:Theme) } AS themes, COUNT { ()-[:ADDRESSES]->() } AS links`);
      // The delete always wins in the end: either it ran first, or it waited and took the link with it.
      expect(row!.themes).toBe(0);
      expect(row!.links).toBe(0);
    }
  });

  it('answers NOT_FOUND when a measurement races the delete of its indicator', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      await suite.db.wipe();
      await suite.db.cypher(`CREATE (:Indicator {id: 'i', name: 'I', unit: '%', direction: 'HIGHER_IS_BETTER'})`);
      const outcomes = await Promise.all([
        suite.api.run(SET_MEASUREMENT, { input: { indicator: 'i', year: 2024, actual: 1 } }),
        suite.api.run(DELETE_INDICATOR, { id: 'i' }),
      ]);
      const codes = errorsOf(outcomes).map((e) => e.extensions?.code);
      expect(codes).toEqual(codes.length ? ['NOT_FOUND'] : []);
      const [row] = await suite.db.cypher<{ left: number }>(`RETURN COUNT { (:Measurement) } AS left`);
      expect(row!.left).toBe(0);
    }
  });
});
