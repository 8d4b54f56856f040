import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

/**
 * Regions: ID > 11 > 11.01 ; ID > 32 > 32.01
 * Themes (name): rb "Reformasi birokrasi" > digital "Digitalisasi" > layanan "Layanan digital";
 *                arsip "Kearsipan" ; investasi "Investasi" (no program)
 * Agencies (level): panrb "Kementerian PANRB" (NATIONAL), kominfo "Kementerian Kominfo" (NATIONAL),
 *   anri "Arsip Nasional" (NATIONAL), pemprov-aceh "Pemerintah Provinsi Aceh" (PROVINCIAL),
 *   pemprov-jabar "Pemerintah Provinsi Jawa Barat" (PROVINCIAL), pemkab-aceh-besar "Pemerintah Kabupaten Aceh Besar" (LOCAL)
 * Programs (theme, covers: participants with role):
 *   spbe          digital  ID     panrb LEAD, kominfo IMPLEMENTER, pemprov-aceh SUPPORTER
 *   aceh-layanan  layanan  11.01  pemkab-aceh-besar LEAD, pemprov-aceh FUNDER, kominfo SUPPORTER
 *   jabar-digital digital  32     pemprov-jabar IMPLEMENTER, kominfo IMPLEMENTER (nobody leads)
 *   arsip-aceh    arsip    11     anri IMPLEMENTER, pemprov-aceh IMPLEMENTER (nobody leads)
 *   evaluasi-rb   rb       ID     panrb LEAD and panrb SUPPORTER (two roles in one program)
 */
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})
      CREATE (r11:Region {code: '11', name: 'ACEH', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (r1101:Region {code: '11.01', name: 'KAB ACEH BESAR', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r11)
      CREATE (r32:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (:Region {code: '32.01', name: 'KAB GARUT', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r32)
      CREATE (rb:Theme {id: 'rb', name: 'Reformasi birokrasi'})
      CREATE (digital:Theme {id: 'digital', name: 'Digitalisasi'})-[:PART_OF]->(rb)
      CREATE (layanan:Theme {id: 'layanan', name: 'Layanan digital'})-[:PART_OF]->(digital)
      CREATE (arsip:Theme {id: 'arsip', name: 'Kearsipan'})
      CREATE (:Theme {id: 'investasi', name: 'Investasi'})
      CREATE (panrb:Agency {id: 'panrb', name: 'Kementerian PANRB', kind: 'MINISTRY', level: 'NATIONAL'})
      CREATE (kominfo:Agency {id: 'kominfo', name: 'Kementerian Kominfo', kind: 'MINISTRY', level: 'NATIONAL'})
      CREATE (anri:Agency {id: 'anri', name: 'Arsip Nasional', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL'})
      CREATE (aceh:Agency {id: 'pemprov-aceh', name: 'Pemerintah Provinsi Aceh', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL'})
      CREATE (jabar:Agency {id: 'pemprov-jabar', name: 'Pemerintah Provinsi Jawa Barat', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL'})
      CREATE (besar:Agency {id: 'pemkab-aceh-besar', name: 'Pemerintah Kabupaten Aceh Besar', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL'})
      CREATE (spbe:Program {id: 'spbe', name: 'SPBE', track: 'RB_GENERAL', status: 'ACTIVE'})
      CREATE (al:Program {id: 'aceh-layanan', name: 'Layanan Aceh Besar', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (jd:Program {id: 'jabar-digital', name: 'Jabar Digital', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (aa:Program {id: 'arsip-aceh', name: 'Arsip Aceh', track: 'RB_THEMATIC', status: 'ACTIVE'})
      CREATE (ev:Program {id: 'evaluasi-rb', name: 'Evaluasi RB', track: 'RB_GENERAL', status: 'ACTIVE'})
      CREATE (spbe)-[:ADDRESSES]->(digital), (spbe)-[:COVERS]->(id)
      CREATE (al)-[:ADDRESSES]->(layanan), (al)-[:COVERS]->(r1101)
      CREATE (jd)-[:ADDRESSES]->(digital), (jd)-[:COVERS]->(r32)
      CREATE (aa)-[:ADDRESSES]->(arsip), (aa)-[:COVERS]->(r11)
      CREATE (ev)-[:ADDRESSES]->(rb), (ev)-[:COVERS]->(id)
      CREATE (panrb)-[:PARTICIPATES_IN {role: 'LEAD'}]->(spbe), (kominfo)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(spbe),
             (aceh)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(spbe)
      CREATE (besar)-[:PARTICIPATES_IN {role: 'LEAD'}]->(al), (aceh)-[:PARTICIPATES_IN {role: 'FUNDER'}]->(al),
             (kominfo)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(al)
      CREATE (jabar)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(jd), (kominfo)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(jd)
      CREATE (anri)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(aa), (aceh)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(aa)
      CREATE (panrb)-[:PARTICIPATES_IN {role: 'LEAD'}]->(ev), (panrb)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(ev)
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const MATRIX = `query ($themes: [ID!], $within: ID, $level: GovernmentLevel) {
  responsibilityMatrix(themes: $themes, within: $within, level: $level) {
    themes { id }
    themesWithoutLead { id }
    rows { agency { id } programCount cells { theme { id } programCount roles { role count } } }
    rule
  }
}`;

type Matrix = {
  themes: Array<{ id: string }>;
  themesWithoutLead: Array<{ id: string }>;
  rows: Array<{ agency: { id: string }; programCount: number; cells: Array<{ theme: { id: string }; programCount: number; roles: Array<{ role: string; count: number }> }> }>;
  rule: string;
};

const matrix = async (vars: Record<string, unknown>) => (await api.ok<{ responsibilityMatrix: Matrix }>(MATRIX, vars)).responsibilityMatrix;
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);
/** A cell: theme, program count, then [role, count] pairs. */
const cell = (theme: string, programCount: number, ...roles: Array<[string, number]>) =>
  ({ theme: { id: theme }, programCount, roles: roles.map(([role, count]) => ({ role, count })) });

describe('responsibilityMatrix', () => {
  it('by default has every theme by name, counts sub-theme programs into the parent and sorts agencies by programs', async () => {
    const result = await matrix({});
    // By name: Digitalisasi, Investasi, Kearsipan, Layanan digital, Reformasi birokrasi.
    expect(ids(result.themes)).toEqual(['digital', 'investasi', 'arsip', 'layanan', 'rb']);
    // investasi has no program; arsip's only program (arsip-aceh) has no LEAD.
    expect(ids(result.themesWithoutLead)).toEqual(['investasi', 'arsip']);
    expect(result.rows).toEqual([
      // kominfo: spbe (IMPLEMENTER), aceh-layanan (SUPPORTER, on layanan, a sub-theme of digital and rb),
      // jabar-digital (IMPLEMENTER): 3 distinct programs.
      { agency: { id: 'kominfo' }, programCount: 3, cells: [
        cell('digital', 3, ['IMPLEMENTER', 2], ['SUPPORTER', 1]),
        cell('layanan', 1, ['SUPPORTER', 1]),
        cell('rb', 3, ['IMPLEMENTER', 2], ['SUPPORTER', 1]),
      ] },
      // pemprov-aceh: spbe (SUPPORTER), aceh-layanan (FUNDER), arsip-aceh (IMPLEMENTER): 3; "Pemerintah" after "Kementerian".
      { agency: { id: 'pemprov-aceh' }, programCount: 3, cells: [
        cell('digital', 2, ['FUNDER', 1], ['SUPPORTER', 1]),
        cell('arsip', 1, ['IMPLEMENTER', 1]),
        cell('layanan', 1, ['FUNDER', 1]),
        cell('rb', 2, ['FUNDER', 1], ['SUPPORTER', 1]),
      ] },
      // panrb: spbe (LEAD) and evaluasi-rb (LEAD and SUPPORTER: one program, counted once, both roles shown).
      { agency: { id: 'panrb' }, programCount: 2, cells: [
        cell('digital', 1, ['LEAD', 1]),
        cell('rb', 2, ['LEAD', 2], ['SUPPORTER', 1]),
      ] },
      // One program each, by name: Arsip Nasional, Pemerintah Kabupaten Aceh Besar, Pemerintah Provinsi Jawa Barat.
      { agency: { id: 'anri' }, programCount: 1, cells: [cell('arsip', 1, ['IMPLEMENTER', 1])] },
      { agency: { id: 'pemkab-aceh-besar' }, programCount: 1, cells: [
        cell('digital', 1, ['LEAD', 1]), cell('layanan', 1, ['LEAD', 1]), cell('rb', 1, ['LEAD', 1]),
      ] },
      { agency: { id: 'pemprov-jabar' }, programCount: 1, cells: [cell('digital', 1, ['IMPLEMENTER', 1]), cell('rb', 1, ['IMPLEMENTER', 1])] },
    ]);
    expect(result.rule).toContain('addresses the theme or one of its sub-themes');
  });

  it('keeps the order of the themes given and shows only agencies of the level asked', async () => {
    const result = await matrix({ themes: ['rb', 'investasi', 'digital'], level: 'PROVINCIAL' });
    expect(ids(result.themes)).toEqual(['rb', 'investasi', 'digital']);
    // The LEAD check looks at every agency, whatever the level: rb and digital are led by panrb.
    expect(ids(result.themesWithoutLead)).toEqual(['investasi']);
    expect(result.rows).toEqual([
      // pemprov-aceh: spbe and aceh-layanan (arsip is not a column): 2 programs.
      { agency: { id: 'pemprov-aceh' }, programCount: 2, cells: [
        cell('rb', 2, ['FUNDER', 1], ['SUPPORTER', 1]), cell('digital', 2, ['FUNDER', 1], ['SUPPORTER', 1]),
      ] },
      { agency: { id: 'pemprov-jabar' }, programCount: 1, cells: [cell('rb', 1, ['IMPLEMENTER', 1]), cell('digital', 1, ['IMPLEMENTER', 1])] },
    ]);
  });

  it('within a region counts programs that reach it or cover a region below it', async () => {
    // Within 11.01: spbe (ID, above), aceh-layanan (11.01 itself), arsip-aceh (11, above); not jabar-digital (32).
    const regency = await matrix({ themes: ['digital', 'arsip'], within: '11.01' });
    expect(ids(regency.themesWithoutLead)).toEqual(['arsip']);
    expect(regency.rows.map((row) => [row.agency.id, row.programCount, row.cells])).toEqual([
      ['pemprov-aceh', 3, [cell('digital', 2, ['FUNDER', 1], ['SUPPORTER', 1]), cell('arsip', 1, ['IMPLEMENTER', 1])]],
      ['kominfo', 2, [cell('digital', 2, ['IMPLEMENTER', 1], ['SUPPORTER', 1])]],
      ['anri', 1, [cell('arsip', 1, ['IMPLEMENTER', 1])]],
      ['panrb', 1, [cell('digital', 1, ['LEAD', 1])]],
      ['pemkab-aceh-besar', 1, [cell('digital', 1, ['LEAD', 1])]],
    ]);
    // Within 32: jabar-digital (32 itself, nobody leads) and spbe (ID); layanan's only program is in Aceh.
    const jabar = await matrix({ themes: ['layanan', 'digital'], within: '32' });
    expect(ids(jabar.themesWithoutLead)).toEqual(['layanan']);
    expect(jabar.rows.map((row) => [row.agency.id, row.programCount])).toEqual([
      ['kominfo', 2], ['panrb', 1], ['pemprov-aceh', 1], ['pemprov-jabar', 1],
    ]);
    // Within ID every program reaches: the same as no filter.
    expect(await matrix({ within: 'ID' })).toEqual(await matrix({}));
  });

  it('refuses an unknown theme or region', async () => {
    const theme = await api.run(MATRIX, { themes: ['digital', 'nope'] });
    expect(theme.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', 'themes.1']]);
    expect(theme.errors?.[0]?.message).toContain("'nope'");
    const region = await api.run(MATRIX, { within: '99' });
    expect(region.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', 'within']]);
  });
});
