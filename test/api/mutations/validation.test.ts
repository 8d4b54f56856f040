import { describe, expect, it } from 'vitest';
import { agency, api, CREATE_AGENCY, CREATE_PROGRAM, expectFailure, graphState, program, stored, UPDATE_PROGRAM, useMutationFixture } from '../../support/mutations.js';

/**
 * The field rules of create and update (slugs, text lengths, years, unknown fields), against the
 * real database: each refusal names its field and leaves the graph exactly as it was.
 */

useMutationFixture();

describe('input validation', () => {
  it.each([
    ['Not A Slug'], ['UPPER'], ['double--hyphen'], ['-leading'], ['trailing-'], ['under_score'], ['a'.repeat(101)],
  ])('refuses the id %j', async (id) => {
    await expectFailure(CREATE_AGENCY, { input: { ...agency, id } }, 'BAD_USER_INPUT', 'input.id');
  });

  it('accepts a slug of exactly 100 characters', async () => {
    const id = 'a'.repeat(100);
    expect((await api.ok(CREATE_AGENCY, { input: { ...agency, id } })).createAgency).toEqual({ id });
    expect(await stored('Agency', id)).toMatchObject({ name: 'Bappenas' });
  });

  it('refuses a name that is empty after trimming, on create and on update', async () => {
    await expectFailure(CREATE_AGENCY, { input: { ...agency, name: '   ' } }, 'BAD_USER_INPUT', 'input.name');
    await expectFailure(CREATE_AGENCY, { input: { ...agency, name: '' } }, 'BAD_USER_INPUT', 'input.name');
    await expectFailure(
      `mutation { updateMandate(id: "mandat-anri-arsip", input: { title: " \\t " }) { id } }`, {}, 'BAD_USER_INPUT', 'input.title',
    );
  });

  it('refuses too long strings, naming each field', async () => {
    await expectFailure(CREATE_AGENCY, { input: { ...agency, name: 'x'.repeat(301) } }, 'BAD_USER_INPUT', 'input.name');
    await expectFailure(CREATE_AGENCY, { input: { ...agency, acronym: 'X'.repeat(41) } }, 'BAD_USER_INPUT', 'input.acronym');
    await expectFailure(
      CREATE_AGENCY, { input: { ...agency, sources: [{ ref: 'ok', title: 't'.repeat(501) }] } }, 'BAD_USER_INPUT', 'input.sources.0.title',
    );
    await expectFailure(
      `mutation($d: String) { updateProgram(id: "spbe", input: { description: $d }) { id } }`, { d: 'd'.repeat(4001) },
      'BAD_USER_INPUT', 'input.description',
    );
    // The limits themselves are allowed.
    const data = await api.ok(CREATE_AGENCY, { input: { ...agency, name: 'x'.repeat(300), acronym: 'X'.repeat(40) } });
    expect(data.createAgency).toEqual({ id: 'bappenas' });
    expect(await stored('Agency', 'bappenas')).toMatchObject({ name: 'x'.repeat(300), acronym: 'X'.repeat(40) });
  });

  it('reports every field at fault, the first one in extensions.field', async () => {
    const error = await expectFailure(
      CREATE_PROGRAM, { input: { ...program, id: 'Bad Id', name: ' ', startYear: 1800 } }, 'BAD_USER_INPUT', 'input.id',
    );
    const issues = (error.extensions!.issues as Array<{ field: string }>).map((issue) => issue.field);
    expect(issues).toEqual(['input.id', 'input.name', 'input.startYear']);
  });

  it.each([
    [{ startYear: 1800 }, 'input.startYear'],
    [{ startYear: 1944 }, 'input.startYear'],
    [{ endYear: 2101 }, 'input.endYear'],
  ])('refuses the year in %j', async (years, field) => {
    await expectFailure(CREATE_PROGRAM, { input: { ...program, ...years } }, 'BAD_USER_INPUT', field);
  });

  it('refuses years out of range on regulations and forums too', async () => {
    await expectFailure(`mutation { updateRegulation(id: "arahan-menpanrb", input: { year: 1800 }) { id } }`, {}, 'BAD_USER_INPUT', 'input.year');
    await expectFailure(`mutation { updateForum(id: "paguyuban", input: { year: 2500 }) { id } }`, {}, 'BAD_USER_INPUT', 'input.year');
  });

  it('accepts the limit years 1945 and 2100', async () => {
    const data = await api.ok(CREATE_PROGRAM, { input: { ...program, startYear: 1945, endYear: 2100 } });
    expect(data.createProgram).toEqual({ id: 'mpp', startYear: 1945, endYear: 2100 });
  });

  it('refuses an endYear before the startYear on create', async () => {
    await expectFailure(CREATE_PROGRAM, { input: { ...program, startYear: 2024, endYear: 2020 } }, 'BAD_USER_INPUT', 'input.endYear');
    // The same year is fine.
    const data = await api.ok(CREATE_PROGRAM, { input: { ...program, startYear: 2024, endYear: 2024 } });
    expect(data.createProgram).toEqual({ id: 'mpp', startYear: 2024, endYear: 2024 });
  });

  it('refuses an update whose endYear falls before the stored startYear', async () => {
    // spbe runs 2018-2025.
    await expectFailure(UPDATE_PROGRAM, { id: 'spbe', input: { endYear: 2017 } }, 'BAD_USER_INPUT', 'input.endYear');
    expect(await stored('Program', 'spbe')).toMatchObject({ startYear: 2018, endYear: 2025 });
  });

  it('refuses an update whose startYear falls after the stored endYear', async () => {
    const error = await expectFailure(UPDATE_PROGRAM, { id: 'spbe', input: { startYear: 2026 } }, 'BAD_USER_INPUT', 'input.startYear');
    expect(error.message).toContain('endYear');
  });

  it('accepts an update that moves both years together, and an open end', async () => {
    const moved = await api.ok(UPDATE_PROGRAM, { id: 'spbe', input: { startYear: 2030, endYear: 2035 } });
    expect(moved.updateProgram).toEqual({ id: 'spbe', startYear: 2030, endYear: 2035 });
    const open = await api.ok(UPDATE_PROGRAM, { id: 'spbe', input: { endYear: null } });
    expect(open.updateProgram).toEqual({ id: 'spbe', startYear: 2030, endYear: null });
    expect(Object.keys((await stored('Program', 'spbe'))!)).not.toContain('endYear');
  });

  it('refuses a field that the update input does not have', async () => {
    // GraphQL itself refuses an unknown input field, before any resolver runs.
    const before = await graphState();
    const result = await api.run(`mutation { updateAgency(id: "bkn", input: { id: "other" }) { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await graphState()).toEqual(before);
  });
});
