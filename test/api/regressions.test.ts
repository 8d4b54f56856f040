import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';
import { loadFixture } from '../support/fixture.js';

/** Bugs found after the first tests were written, each pinned here by name. */
let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await loadFixture(db);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

describe('regressions', () => {
  it('a theme cannot take a second parent (Theme.parent is single)', async () => {
    const result = await api.run(`mutation { link(input: { relation: THEME_PART_OF, from: "arsip-digital", to: "kemiskinan" }) { to } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.from' });
    expect(result.errors?.[0]?.message).toBe('arsip-digital already has a THEME_PART_OF link to digitalisasi; unlink it first');
    const parents = await db.cypher<{ parent: string }>(`MATCH (:Theme {id: 'arsip-digital'})-[:PART_OF]->(p) RETURN p.id AS parent`);
    expect(parents).toEqual([{ parent: 'digitalisasi' }]);
  });

  it('relinking a theme to its own parent is still fine (idempotent)', async () => {
    const data = await api.ok(`mutation { link(input: { relation: THEME_PART_OF, from: "arsip-digital", to: "digitalisasi" }) { from to } }`);
    expect(data.link).toEqual({ from: 'arsip-digital', to: 'digitalisasi' });
  });

  it('measurements(region: "ID") gives the national figures', async () => {
    const data = await api.ok(`{ indicator(id: "indeks-spbe") { national: measurements(region: "ID") { year } aceh: measurements(region: "11") { year } } }`);
    expect(data.indicator).toEqual({ national: [{ year: 2023 }], aceh: [{ year: 2024 }] });
  });
});
