import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

/**
 * Regions: ID > 11 > 11.01 > 11.01.01 ; ID > 12 > 12.01
 * Themes:  digital > layanan ; arsip ; kosong (no program)
 * Programs (name, themes, covers, agencies, partners):
 *   p-gov-only  "Arsip Papua"            arsip    12.01     a1                 -
 *   p-national  "Digital Nasional"       digital  ID        a1, a2             ind1 (INDUSTRY), aca1 (ACADEMIA)
 *   p-aceh      "Layanan Aceh"           layanan  11.01     a3                 ind1, ind2 (INDUSTRY), cso1 (CIVIL_SOCIETY)
 *   p-district  "Arsip Desa"             arsip    11.01.01  a3                 med1 (MEDIA)
 *   p-orphan    "Berkas Tanpa Instansi"  arsip    nothing   -                  cso1 (CIVIL_SOCIETY)
 */
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})
      CREATE (r11:Region {code: '11', name: 'ACEH', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (r1101:Region {code: '11.01', name: 'KAB A', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r11)
      CREATE (r110101:Region {code: '11.01.01', name: 'Kec A', level: 'DISTRICT', outermostIslandCount: 0})-[:PART_OF]->(r1101)
      CREATE (r12:Region {code: '12', name: 'PAPUA', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
      CREATE (r1201:Region {code: '12.01', name: 'KAB B', level: 'REGENCY', outermostIslandCount: 0})-[:PART_OF]->(r12)
      CREATE (digital:Theme {id: 'digital', name: 'Digital'})
      CREATE (layanan:Theme {id: 'layanan', name: 'Layanan'})-[:PART_OF]->(digital)
      CREATE (arsip:Theme {id: 'arsip', name: 'Arsip'})
      CREATE (:Theme {id: 'kosong', name: 'Kosong'})
      CREATE (a1:Agency {id: 'a1', name: 'A1', kind: 'MINISTRY', level: 'NATIONAL'})
      CREATE (a2:Agency {id: 'a2', name: 'A2', kind: 'MINISTRY', level: 'NATIONAL'})
      CREATE (a3:Agency {id: 'a3', name: 'A3', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL'})
      CREATE (ind1:Partner {id: 'ind1', name: 'Ind 1', helix: 'INDUSTRY'})
      CREATE (ind2:Partner {id: 'ind2', name: 'Ind 2', helix: 'INDUSTRY'})
      CREATE (aca1:Partner {id: 'aca1', name: 'Aca 1', helix: 'ACADEMIA'})
      CREATE (cso1:Partner {id: 'cso1', name: 'Cso 1', helix: 'CIVIL_SOCIETY'})
      CREATE (med1:Partner {id: 'med1', name: 'Med 1', helix: 'MEDIA'})
      CREATE (gov:Program {id: 'p-gov-only', name: 'Arsip Papua', track: 'OTHER', status: 'ACTIVE'})
      CREATE (nat:Program {id: 'p-national', name: 'Digital Nasional', track: 'OTHER', status: 'ACTIVE'})
      CREATE (aceh:Program {id: 'p-aceh', name: 'Layanan Aceh', track: 'OTHER', status: 'ACTIVE'})
      CREATE (dist:Program {id: 'p-district', name: 'Arsip Desa', track: 'OTHER', status: 'ACTIVE'})
      CREATE (orphan:Program {id: 'p-orphan', name: 'Berkas Tanpa Instansi', track: 'OTHER', status: 'ACTIVE'})
      CREATE (gov)-[:ADDRESSES]->(arsip), (gov)-[:COVERS]->(r1201), (a1)-[:PARTICIPATES_IN {role: 'LEAD'}]->(gov)
      CREATE (nat)-[:ADDRESSES]->(digital), (nat)-[:COVERS]->(id)
      CREATE (a1)-[:PARTICIPATES_IN {role: 'LEAD'}]->(nat), (a2)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(nat)
      CREATE (ind1)-[:PARTNERS_IN {role: 'TECHNOLOGY'}]->(nat), (aca1)-[:PARTNERS_IN {role: 'RESEARCH'}]->(nat)
      CREATE (aceh)-[:ADDRESSES]->(layanan), (aceh)-[:COVERS]->(r1101), (a3)-[:PARTICIPATES_IN {role: 'LEAD'}]->(aceh)
      CREATE (ind1)-[:PARTNERS_IN {role: 'FUNDER'}]->(aceh), (ind2)-[:PARTNERS_IN {role: 'TECHNOLOGY'}]->(aceh)
      CREATE (cso1)-[:PARTNERS_IN {role: 'OUTREACH'}]->(aceh)
      CREATE (dist)-[:ADDRESSES]->(arsip), (dist)-[:COVERS]->(r110101), (a3)-[:PARTICIPATES_IN {role: 'LEAD'}]->(dist)
      CREATE (med1)-[:PARTNERS_IN {role: 'OUTREACH'}]->(dist)
      CREATE (orphan)-[:ADDRESSES]->(arsip), (cso1)-[:PARTNERS_IN {role: 'IMPLEMENTER'}]->(orphan)
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const BALANCE = `query ($program: ID, $theme: ID, $region: ID) {
  helixBalance(program: $program, theme: $theme, region: $region) {
    scope programCount strands { strand actors programs } present missing balance rule
  }
}`;

const strands = (counts: Array<[number, number]>) =>
  ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'].map((strand, i) => ({ strand, actors: counts[i]![0], programs: counts[i]![1] }));

describe('helixBalance', () => {
  it('a program with government only: balance 0, four strands missing', async () => {
    const { helixBalance } = await api.ok(BALANCE, { program: 'p-gov-only' });
    expect(helixBalance).toMatchObject({
      scope: 'program:p-gov-only',
      programCount: 1,
      strands: strands([[1, 1], [0, 0], [0, 0], [0, 0], [0, 0]]),
      present: ['GOVERNMENT'],
      missing: ['INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'],
      balance: 0,
    });
    expect(helixBalance.rule).toContain('H / ln 5');
  });

  it('a theme aggregates its sub-themes', async () => {
    // digital: p-national (digital) and p-aceh (layanan, a sub-theme)
    // GOVERNMENT a1, a2, a3 = 3 actors in 2 programs; INDUSTRY ind1, ind2 = 2 (ind1 counted once) in 2;
    // ACADEMIA aca1 = 1 in 1; CIVIL_SOCIETY cso1 = 1 in 1; MEDIA 0
    // counts [3,2,1,1,0], total 7: H = 3/7 ln(7/3) + 2/7 ln(7/2) + 2 * 1/7 ln 7
    //   = 0.428571 * 0.847298 + 0.285714 * 1.252763 + 0.285714 * 1.945910 = 0.363128 + 0.357932 + 0.555974 = 1.277034
    // balance = 1.277034 / 1.609438 = 0.793466 -> 0.793
    const { helixBalance } = await api.ok(BALANCE, { theme: 'digital' });
    expect(helixBalance).toMatchObject({
      scope: 'theme:digital',
      programCount: 2,
      strands: strands([[3, 2], [2, 2], [1, 1], [1, 1], [0, 0]]),
      present: ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'],
      missing: ['MEDIA'],
      balance: 0.793,
    });
  });

  it('a district is reached by a national program, a program on its regency and one on itself', async () => {
    // 11.01.01: p-national (covers ID, above), p-aceh (covers 11.01, above), p-district (covers it); not p-gov-only (12.01)
    // GOVERNMENT a1, a2, a3 = 3 in 3; INDUSTRY ind1, ind2 = 2 in 2; ACADEMIA 1 in 1; CIVIL_SOCIETY 1 in 1; MEDIA med1 1 in 1
    // counts [3,2,1,1,1], total 8: H = 3/8 ln(8/3) + 2/8 ln 4 + 3 * 1/8 ln 8
    //   = 0.375 * 0.980829 + 0.25 * 1.386294 + 0.375 * 2.079442 = 0.367811 + 0.346574 + 0.779791 = 1.494176
    // balance = 1.494176 / 1.609438 = 0.928383 -> 0.928
    const { helixBalance } = await api.ok(BALANCE, { region: '11.01.01' });
    expect(helixBalance).toMatchObject({
      scope: 'region:11.01.01',
      programCount: 3,
      strands: strands([[3, 3], [2, 2], [1, 1], [1, 1], [1, 1]]),
      present: ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'],
      missing: [],
      balance: 0.928,
    });
  });

  it('a province is reached through the national program and by programs on a region below it', async () => {
    // 12: p-national (covers ID, above) and p-gov-only (covers 12.01, below)
    // GOVERNMENT a1 (in both, once), a2 = 2 in 2; INDUSTRY ind1 1 in 1; ACADEMIA aca1 1 in 1
    // counts [2,1,1,0,0], total 4: H = 1/2 ln 2 + 2 * 1/4 ln 4 = 0.346574 + 0.693147 = 1.039721
    // balance = 1.039721 / 1.609438 = 0.646015 -> 0.646
    const { helixBalance } = await api.ok(BALANCE, { region: '12' });
    expect(helixBalance).toMatchObject({
      programCount: 2,
      strands: strands([[2, 2], [1, 1], [1, 1], [0, 0], [0, 0]]),
      missing: ['CIVIL_SOCIETY', 'MEDIA'],
      balance: 0.646,
    });
  });

  it('no program in scope: programCount 0, every strand missing, balance 0', async () => {
    const { helixBalance } = await api.ok(BALANCE, { theme: 'kosong' });
    expect(helixBalance).toMatchObject({
      scope: 'theme:kosong',
      programCount: 0,
      strands: strands([[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]]),
      present: [],
      missing: ['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'],
      balance: 0,
    });
  });

  it('unknown ids are NOT_FOUND on the argument given', async () => {
    for (const [field, value] of [['program', 'nope'], ['theme', 'nope'], ['region', '99']] as const) {
      const result = await api.run(BALANCE, { [field]: value });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field });
      expect(result.statements).toBe(1);
    }
  });

  it('asks for exactly one of program, theme and region', async () => {
    const two = await api.run(BALANCE, { program: 'p-aceh', region: '11' });
    expect(two.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [
        { field: 'program', message: 'give exactly one of program, theme or region (got 2)' },
        { field: 'region', message: 'give exactly one of program, theme or region (got 2)' },
      ],
    });
    const none = await api.run(BALANCE, {});
    expect(none.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((none.errors?.[0]?.extensions?.issues as Array<{ field: string }>).map((issue) => issue.field)).toEqual(['program', 'theme', 'region']);
    expect(none.statements).toBe(0);
  });
});

const MISSING = `query ($strand: Strand!, $theme: ID, $region: ID, $first: Int, $after: String) {
  programsMissingStrand(strand: $strand, theme: $theme, region: $region, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { node { id } }
    nodes { id name }
  }
}`;

describe('programsMissingStrand', () => {
  it('lists every program without the strand, by name, in pages', async () => {
    // MEDIA is only in p-district: the four others, by name:
    // Arsip Papua, Berkas Tanpa Instansi, Digital Nasional, Layanan Aceh
    const first = (await api.ok(MISSING, { strand: 'MEDIA', first: 2 })).programsMissingStrand;
    expect(first.totalCount).toBe(4);
    expect(first.nodes).toEqual([{ id: 'p-gov-only', name: 'Arsip Papua' }, { id: 'p-orphan', name: 'Berkas Tanpa Instansi' }]);
    expect(first.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(['p-gov-only', 'p-orphan']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await api.ok(MISSING, { strand: 'MEDIA', first: 2, after: first.pageInfo.endCursor })).programsMissingStrand;
    expect(second.nodes.map((n: { id: string }) => n.id)).toEqual(['p-national', 'p-aceh']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('GOVERNMENT: programs no agency takes part in', async () => {
    const { programsMissingStrand } = await api.ok(MISSING, { strand: 'GOVERNMENT' });
    expect(programsMissingStrand.nodes).toEqual([{ id: 'p-orphan', name: 'Berkas Tanpa Instansi' }]);
  });

  it('within a region and a theme', async () => {
    // 11.01.01 is reached by p-national (has aca1), p-aceh and p-district (no academia): by name Arsip Desa, Layanan Aceh
    const inRegion = (await api.ok(MISSING, { strand: 'ACADEMIA', region: '11.01.01' })).programsMissingStrand;
    expect(inRegion.nodes.map((n: { id: string }) => n.id)).toEqual(['p-district', 'p-aceh']);
    // digital: p-national and p-aceh both have industry
    const onTheme = (await api.ok(MISSING, { strand: 'INDUSTRY', theme: 'digital' })).programsMissingStrand;
    expect(onTheme).toMatchObject({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
    // both: arsip programs reaching 11: only p-district (p-gov-only is in 12, p-orphan covers nothing)
    const both = (await api.ok(MISSING, { strand: 'CIVIL_SOCIETY', theme: 'arsip', region: '11' })).programsMissingStrand;
    expect(both.nodes.map((n: { id: string }) => n.id)).toEqual(['p-district']);
  });

  it('unknown theme or region is NOT_FOUND; a page size over 100 is BAD_USER_INPUT', async () => {
    expect((await api.run(MISSING, { strand: 'MEDIA', theme: 'nope' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'theme' });
    expect((await api.run(MISSING, { strand: 'MEDIA', region: '99' })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'region' });
    expect((await api.run(MISSING, { strand: 'MEDIA', first: 101 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
