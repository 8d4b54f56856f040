import { describe, expect, it } from 'vitest';
import { api, countOf, counts, DELETE_MEASUREMENT, db, expectFailure, graphState, SET_MEASUREMENT, stored, useMutationFixture, type Props } from '../../support/mutations.js';

/** setMeasurement and deleteMeasurement: national and regional figures, nulls, and the indicator's cascade. */

useMutationFixture();

async function measurement(id: string) {
  const rows = await db.cypher<{ props: Props; indicators: string[]; regions: string[] }>(`
    MATCH (m:Measurement {id: $id})
    RETURN properties(m) AS props,
           [(i:Indicator)-[:HAS_MEASUREMENT]->(m) | i.id] AS indicators,
           [(m)-[:MEASURED_IN]->(r:Region) | r.code] AS regions
  `, { id });
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0] ?? null;
}

describe('setMeasurement and deleteMeasurement', () => {
  it('creates a national measurement', async () => {
    const before = await counts();
    const data = await api.ok(SET_MEASUREMENT, {
      input: { indicator: 'indeks-spbe', year: 2025, target: 3.5, sources: [{ ref: 'https://spbe.go.id', title: 'Evaluasi SPBE' }] },
    });
    expect(data.setMeasurement).toEqual({
      year: 2025, target: 3.5, actual: null, region: null, sources: [{ ref: 'https://spbe.go.id', title: 'Evaluasi SPBE', synthetic: false }],
    });
    expect(await measurement('indeks-spbe:2025:ID')).toEqual({
      props: { id: 'indeks-spbe:2025:ID', year: 2025, target: 3.5, sourceRefs: ['https://spbe.go.id'], sourceTitles: ['Evaluasi SPBE'] },
      indicators: ['indeks-spbe'], regions: [],
    });
    expect(await counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
  });

  it('creates a regional measurement linked to its region', async () => {
    const before = await counts();
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '32.73', actual: 2.1, target: 2 } });
    expect(data.setMeasurement).toEqual({ year: 2024, target: 2, actual: 2.1, region: { code: '32.73', name: 'KOTA BANDUNG' }, sources: [] });
    expect(await measurement('indeks-spbe:2024:32.73')).toEqual({
      props: { id: 'indeks-spbe:2024:32.73', year: 2024, regionCode: '32.73', target: 2, actual: 2.1 },
      indicators: ['indeks-spbe'], regions: ['32.73'],
    });
    expect(await counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 2 });
    const read = await api.ok(`{ indicator(id: "indeks-spbe") { measurements(region: "32.73") { year actual region { code } } } }`);
    expect(read.indicator.measurements).toEqual([{ year: 2024, actual: 2.1, region: { code: '32.73' } }]);
  });

  it('updates only the fields given on a second call, without duplicating anything', async () => {
    const before = await graphState();
    // Fixture: 2023 national, target 3.0 actual 2.8.
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, actual: 2.9 } });
    expect(data.setMeasurement).toMatchObject({ year: 2023, target: 3, actual: 2.9, region: null });
    expect(await measurement('indeks-spbe:2023:ID')).toEqual({
      props: { id: 'indeks-spbe:2023:ID', year: 2023, target: 3, actual: 2.9 }, indicators: ['indeks-spbe'], regions: [],
    });
    // Fixture: 2024 in 11, target 3.2; add an actual, twice.
    for (let i = 0; i < 2; i += 1) {
      await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11', actual: 3.3 } });
    }
    expect(await measurement('indeks-spbe:2024:11')).toEqual({
      props: { id: 'indeks-spbe:2024:11', year: 2024, regionCode: '11', target: 3.2, actual: 3.3 }, indicators: ['indeks-spbe'], regions: ['11'],
    });
    const after = await graphState();
    expect([after.nodeCount, after.relationshipCount]).toEqual([before.nodeCount, before.relationshipCount]);
  });

  it('removes a value given as null', async () => {
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, target: null } });
    expect(data.setMeasurement).toMatchObject({ year: 2023, target: null, actual: 2.8 });
    expect((await measurement('indeks-spbe:2023:ID'))!.props).toEqual({ id: 'indeks-spbe:2023:ID', year: 2023, actual: 2.8 });
  });

  it('treats the region ID as the national figure', async () => {
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, region: 'ID', actual: 2.9 } });
    expect(data.setMeasurement).toMatchObject({ year: 2023, target: 3, actual: 2.9, region: null });
    expect(await measurement('indeks-spbe:2023:ID')).toEqual({
      props: { id: 'indeks-spbe:2023:ID', year: 2023, target: 3, actual: 2.9 }, indicators: ['indeks-spbe'], regions: [],
    });
    expect((await api.ok(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, region: 'ID' } })).deleteMeasurement)
      .toEqual({ deleted: true, id: 'indeks-spbe:2023:ID' });
  });

  it('refuses an unknown indicator or region with NOT_FOUND, and writes nothing', async () => {
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'tidak-ada', year: 2024, target: 1 } }, 'NOT_FOUND', 'input.indicator');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '99', target: 1 } }, 'NOT_FOUND', 'input.region');
    await expectFailure(
      SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11.01.99', actual: 1 } }, 'NOT_FOUND', 'input.region',
    );
  });

  it('refuses an input with neither a target nor an actual', async () => {
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2026 } }, 'BAD_USER_INPUT', 'input.target');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, region: '11' } }, 'BAD_USER_INPUT', 'input.target');
  });

  it('refuses nulls that would leave a measurement with no value, and writes nothing', async () => {
    // A new measurement with both values null.
    await expectFailure(
      SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2026, target: null, actual: null } }, 'BAD_USER_INPUT', 'input.target',
    );
    expect(await measurement('indeks-spbe:2026:ID')).toBeNull();
    // 2024 in 11 has only a target: removing it would leave nothing.
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11', target: null } }, 'BAD_USER_INPUT', 'input.target');
    // 2023 has both: removing the actual leaves the target.
    await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, actual: null } });
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, target: null } }, 'BAD_USER_INPUT', 'input.target');
    expect((await measurement('indeks-spbe:2023:ID'))!.props).toEqual({ id: 'indeks-spbe:2023:ID', year: 2023, target: 3 });
    // Replacing one value by the other in one call is fine.
    const swapped = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, target: null, actual: 2.7 } });
    expect(swapped.setMeasurement).toMatchObject({ target: null, actual: 2.7 });
  });

  it('refuses bad keys and years', async () => {
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 1800, target: 1 } }, 'BAD_USER_INPUT', 'input.year');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'Indeks SPBE', year: 2024, target: 1 } }, 'BAD_USER_INPUT', 'input.indicator');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: 'Aceh', target: 1 } }, 'BAD_USER_INPUT', 'input.region');
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2101 } }, 'BAD_USER_INPUT', 'input.year');
  });

  it('deletes a national and a regional measurement', async () => {
    const before = await counts();
    const national = await api.ok(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023 } });
    expect(national.deleteMeasurement).toEqual({ deleted: true, id: 'indeks-spbe:2023:ID' });
    expect(await measurement('indeks-spbe:2023:ID')).toBeNull();
    expect(await counts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - 1 });

    const read = await api.ok(`{ indicator(id: "indeks-spbe") { measurements { year region { code } } } }`);
    expect(read.indicator.measurements).toEqual([{ year: 2024, region: { code: '11' } }]);

    const regional = await api.ok(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11' } });
    expect(regional.deleteMeasurement).toEqual({ deleted: true, id: 'indeks-spbe:2024:11' });
    expect(await countOf('MATCH (m:Measurement) RETURN count(m) AS n')).toBe(0);
    expect(await counts()).toEqual({ nodes: before.nodes - 2, relationships: before.relationships - 3 });
    // The region itself stays.
    expect(await stored('Region', '11')).toMatchObject({ name: 'ACEH' });
  });

  it('refuses to delete a missing measurement with NOT_FOUND', async () => {
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2022 } }, 'NOT_FOUND', 'input');
    // 2024 exists for 11, not nationally or for 32.
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024 } }, 'NOT_FOUND', 'input');
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '32' } }, 'NOT_FOUND', 'input');
  });

  it('deleting an indicator removes its measurements and their links', async () => {
    await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2025, region: '32.73', target: 4 } });
    expect(await countOf('MATCH (m:Measurement) RETURN count(m) AS n')).toBe(3);
    await api.ok(`mutation { deleteIndicator(id: "indeks-spbe") { deleted } }`);
    expect(await countOf('MATCH (m:Measurement) RETURN count(m) AS n')).toBe(0);
    expect(await countOf('MATCH ()-[r:HAS_MEASUREMENT|MEASURED_IN|MEASURED_BY]->() RETURN count(r) AS n')).toBe(0);
    // The regions and the program stay.
    expect(await countOf(`MATCH (r:Region) WHERE r.code IN ['11', '32.73'] RETURN count(r) AS n`)).toBe(2);
    expect((await api.ok(`{ program(id: "spbe") { indicators { id } } }`)).program.indicators).toEqual([]);
  });

  it('the indicator\'s nested measurements read the new state', async () => {
    await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, actual: 3.1 } });
    const data = await api.ok(`{ indicator(id: "indeks-spbe") { measurements(year: 2024) { target actual region { code } } } }`);
    expect(data.indicator.measurements).toEqual([
      { target: null, actual: 3.1, region: null },
      { target: 3.2, actual: null, region: { code: '11' } },
    ]);
  });
});
