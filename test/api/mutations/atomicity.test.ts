import { describe, expect, it } from 'vitest';
import { agency, api, countOf, CREATE_AGENCY, CREATE_PROGRAM, CREATE_REGION, DELETE_MEASUREMENT, expectFailure, graphState, LINK, program, SET_MEASUREMENT, stored, UNLINK, UPDATE_PROGRAM, useMutationFixture, type Props } from '../../support/mutations.js';

/** A failed mutation leaves nothing behind, whatever the family; a document's mutations each run in their own transaction. */

useMutationFixture();

describe('atomicity', () => {
  it('leaves the graph unchanged after each kind of failure', async () => {
    const initial = await graphState();
    const failures: Array<[string, Props, string, string]> = [
      [CREATE_AGENCY, { input: { ...agency, id: 'bkn' } }, 'CONFLICT', 'input.id'],
      [CREATE_PROGRAM, { input: { ...program, startYear: 2025, endYear: 2024 } }, 'BAD_USER_INPUT', 'input.endYear'],
      [UPDATE_PROGRAM, { id: 'arsip-aceh', input: { endYear: 2020 } }, 'BAD_USER_INPUT', 'input.endYear'],
      [UPDATE_PROGRAM, { id: 'tidak-ada', input: { endYear: 2020 } }, 'NOT_FOUND', 'id'],
      [CREATE_REGION, { input: { code: '32.73.01', name: 'X', level: 'DISTRICT', parent: '32.72' } }, 'NOT_FOUND', 'input.parent'],
      [CREATE_REGION, { input: { code: '11.01.02', name: 'X', level: 'DISTRICT', parent: '11' } }, 'BAD_USER_INPUT', 'input.parent'],
      [`mutation { deleteRegion(code: "32") { id } }`, {}, 'CONFLICT', 'code'],
      [`mutation { deleteTheme(id: "tidak-ada") { id } }`, {}, 'NOT_FOUND', 'id'],
      [LINK, { input: { relation: 'REPORTS_TO', from: 'kementerian-panrb', to: 'bkn' } }, 'CONFLICT', 'input.to'],
      [LINK, { input: { relation: 'COVERS', from: 'spbe', to: '99' } }, 'NOT_FOUND', 'input.to'],
      [LINK, { input: { relation: 'PARTICIPATES_IN', from: 'tidak-ada', to: 'spbe', role: 'LEAD' } }, 'NOT_FOUND', 'input.from'],
      [UNLINK, { input: { relation: 'COVERS', from: 'spbe', to: '32' } }, 'NOT_FOUND', 'input'],
      [SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2030, region: '99', target: 1 } }, 'NOT_FOUND', 'input.region'],
      [DELETE_MEASUREMENT, { input: { indicator: 'tidak-ada', year: 2023 } }, 'NOT_FOUND', 'input'],
    ];
    for (const [query, variables, code, field] of failures) {
      await expectFailure(query, variables, code, field);
    }
    expect(await graphState()).toEqual(initial);
  });

  it('a document whose second mutation fails keeps the first one, which ran in its own transaction', async () => {
    const result = await api.run(`mutation {
      ok: createTheme(input: { id: "investasi", name: "Investasi" }) { id }
      bad: createTheme(input: { id: "investasi", name: "Lagi" }) { id }
    }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    expect(result.errors![0]!.path).toEqual(['bad']);
    // A non-null field failed, so data is null as a whole; the first theme was still written.
    expect(result.data).toBeNull();
    expect(await stored('Theme', 'investasi')).toMatchObject({ name: 'Investasi' });
    expect(await countOf(`MATCH (t:Theme {id: 'investasi'}) RETURN count(t) AS n`)).toBe(1);
  });
});
