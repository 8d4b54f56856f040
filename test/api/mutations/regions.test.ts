import { describe, expect, it } from 'vitest';
import { api, countOf, CREATE_REGION, db, expectFailure, stored, useMutationFixture } from '../../support/mutations.js';

/**
 * What only regions have: the code's shape by level, the parent of the level above, one country,
 * and deletes that refuse a region with sub-regions and take its measurements along.
 */

useMutationFixture();

describe('createRegion, updateRegion and deleteRegion', () => {
  it('creates a province, a regency under it and a district under that', async () => {
    const province = await api.ok(CREATE_REGION, { input: { code: '33', name: 'JAWA TENGAH', level: 'PROVINCE', parent: 'ID' } });
    expect(province.createRegion).toEqual({ code: '33', name: 'JAWA TENGAH', level: 'PROVINCE', isCity: null, parent: { code: 'ID' } });
    const city = await api.ok(CREATE_REGION, { input: { code: '33.74', name: 'KOTA SEMARANG', level: 'REGENCY', parent: '33', isCity: true } });
    expect(city.createRegion).toEqual({ code: '33.74', name: 'KOTA SEMARANG', level: 'REGENCY', isCity: true, parent: { code: '33' } });
    const district = await api.ok(CREATE_REGION, { input: { code: '33.74.01', name: 'Semarang Tengah', level: 'DISTRICT', parent: '33.74' } });
    expect(district.createRegion.parent).toEqual({ code: '33.74' });

    const data = await api.ok(`{
      region(code: "33") { code outermostIslandCount hasOutermostIslands children { code isCity children { code } } parent { code } }
      regions(filter: { within: "33" }, orderBy: { field: CODE }) { totalCount nodes { code } }
    }`);
    expect(data.region).toEqual({
      code: '33', outermostIslandCount: 0, hasOutermostIslands: false, parent: { code: 'ID' },
      children: [{ code: '33.74', isCity: true, children: [{ code: '33.74.01' }] }],
    });
    expect(data.regions).toEqual({ totalCount: 2, nodes: [{ code: '33.74' }, { code: '33.74.01' }] });
    expect(await db.cypher(`
      MATCH (c:Region)-[r:PART_OF]->(p:Region) WHERE c.code STARTS WITH '33' RETURN c.code AS child, p.code AS parent ORDER BY child
    `)).toEqual([{ child: '33', parent: 'ID' }, { child: '33.74', parent: '33' }, { child: '33.74.01', parent: '33.74' }]);
  });

  it.each([['abc'], ['3'], ['32-73'], ['3273'], ['32.7'], ['32.73.1'], ['id']])('refuses the region code %j', async (code) => {
    await expectFailure(CREATE_REGION, { input: { code, name: 'X', level: 'PROVINCE', parent: 'ID' } }, 'BAD_USER_INPUT', 'input.code');
  });

  it('refuses a code whose shape does not fit the level or the parent', async () => {
    await expectFailure(CREATE_REGION, { input: { code: '33.01', name: 'X', level: 'PROVINCE', parent: 'ID' } }, 'BAD_USER_INPUT', 'input.code');
    await expectFailure(CREATE_REGION, { input: { code: '33', name: 'X', level: 'REGENCY', parent: '32' } }, 'BAD_USER_INPUT', 'input.code');
    // A regency of Jawa Barat must have a code under 32.
    await expectFailure(CREATE_REGION, { input: { code: '11.74', name: 'X', level: 'REGENCY', parent: '32' } }, 'BAD_USER_INPUT', 'input.code');
  });

  it('refuses a parent of the wrong level, and writes nothing', async () => {
    // A district's parent must be a regency; 32 is a province.
    const error = await expectFailure(
      CREATE_REGION, { input: { code: '32.01.01', name: 'X', level: 'DISTRICT', parent: '32' } }, 'BAD_USER_INPUT', 'input.parent',
    );
    expect(error.message).toContain('REGENCY');
    await expectFailure(CREATE_REGION, { input: { code: '11.01.02', name: 'X', level: 'PROVINCE', parent: '11.01' } }, 'BAD_USER_INPUT', 'input.code');
    await expectFailure(CREATE_REGION, { input: { code: '12', name: 'X', level: 'PROVINCE', parent: '11' } }, 'BAD_USER_INPUT', 'input.parent');
    expect(await stored('Region', '32.01.01')).toBeNull();
    expect(await stored('Region', '12')).toBeNull();
  });

  it('refuses a missing parent with NOT_FOUND, and writes nothing', async () => {
    await expectFailure(CREATE_REGION, { input: { code: '33.01', name: 'X', level: 'REGENCY', parent: '33' } }, 'NOT_FOUND', 'input.parent');
    expect(await stored('Region', '33.01')).toBeNull();
  });

  it('requires a parent below COUNTRY and refuses one for the COUNTRY', async () => {
    await expectFailure(CREATE_REGION, { input: { code: '33', name: 'X', level: 'PROVINCE' } }, 'BAD_USER_INPUT', 'input.parent');
    await expectFailure(CREATE_REGION, { input: { code: '33', name: 'X', level: 'PROVINCE', parent: null } }, 'BAD_USER_INPUT', 'input.parent');
    await expectFailure(CREATE_REGION, { input: { code: 'ID', name: 'X', level: 'COUNTRY', parent: '11' } }, 'BAD_USER_INPUT', 'input.parent');
  });

  it('refuses a second country', async () => {
    await expectFailure(CREATE_REGION, { input: { code: 'ID', name: 'INDONESIA', level: 'COUNTRY' } }, 'CONFLICT', 'input.code');
  });

  it('refuses to delete a region with sub-regions, and changes nothing', async () => {
    const error = await expectFailure(`mutation { deleteRegion(code: "11") { deleted id } }`, {}, 'CONFLICT', 'code');
    expect(error.message).toContain('1 sub-regions');
    await expectFailure(`mutation { deleteRegion(code: "ID") { deleted id } }`, {}, 'CONFLICT', 'code');
  });

  it('deletes a leaf, then its parent once it has no children', async () => {
    expect((await api.ok(`mutation { deleteRegion(code: "11.01.01") { deleted id } }`)).deleteRegion).toEqual({ deleted: true, id: '11.01.01' });
    expect((await api.ok(`mutation { deleteRegion(code: "11.01") { deleted id } }`)).deleteRegion).toEqual({ deleted: true, id: '11.01' });
    expect(await stored('Region', '11.01')).toBeNull();
    // arsip-aceh covered 11.01: that link went with it.
    expect((await api.ok(`{ program(id: "arsip-aceh") { regions { code } } region(code: "11") { children { code } } }`))).toEqual({
      program: { regions: [] }, region: { children: [] },
    });
  });

  it('deletes the measurements of a deleted region instead of leaving them as national figures', async () => {
    await api.ok(`mutation { setMeasurement(input: { indicator: "indeks-spbe", year: 2024, region: "32.73", actual: 2.5 }) { year } }`);
    expect((await api.ok(`mutation { deleteRegion(code: "32.73") { deleted } }`)).deleteRegion).toEqual({ deleted: true });
    expect(await countOf(`MATCH (m:Measurement {id: 'indeks-spbe:2024:32.73'}) RETURN count(m) AS n`)).toBe(0);
    const data = await api.ok(`{ indicator(id: "indeks-spbe") { measurements { year target actual region { code } } } }`);
    expect(data.indicator.measurements).toEqual([
      { year: 2023, target: 3, actual: 2.8, region: null },
      { year: 2024, target: 3.2, actual: null, region: { code: '11' } },
    ]);
  });
});
