import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';
import { loadFixture } from '../support/fixture.js';

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await loadFixture(db);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const ids = (connection: { nodes: Array<{ id?: string; code?: string }> }) => connection.nodes.map((n) => n.id ?? n.code);

describe('entity by key', () => {
  it('returns an agency with its nested relationships both ways', async () => {
    const data = await api.ok(`{
      agency(id: "anri") {
        id acronym kind level sources { ref title synthetic }
        programs { role program { id agencies { role agency { id } } } }
        mandates { id grantedBy { id } themes { id } programs { id } }
      }
    }`);
    expect(data.agency).toEqual({
      id: 'anri', acronym: 'ANRI', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL',
      sources: [{ ref: 'test', title: 'test fixture', synthetic: false }],
      programs: [
        { role: 'LEAD', program: { id: 'arsip-aceh', agencies: [{ role: 'LEAD', agency: { id: 'anri' } }, { role: 'IMPLEMENTER', agency: { id: 'pemprov-aceh' } }] } },
        { role: 'IMPLEMENTER', program: { id: 'spbe', agencies: [{ role: 'IMPLEMENTER', agency: { id: 'anri' } }, { role: 'LEAD', agency: { id: 'kementerian-panrb' } }] } },
      ],
      mandates: [{ id: 'mandat-anri-arsip', grantedBy: [{ id: 'arahan-menpanrb' }], themes: [{ id: 'arsip-digital' }], programs: [{ id: 'arsip-aceh' }] }],
    });
  });

  it('returns null for an unknown key', async () => {
    const data = await api.ok(`{ agency(id: "nope") { id } region(code: "99") { code } }`);
    expect(data).toEqual({ agency: null, region: null });
  });

  it('walks the region hierarchy up and down, with programs and agencies', async () => {
    const data = await api.ok(`{
      region(code: "11") { name level hasOutermostIslands outermostIslandCount parent { code } children { code isCity } agencies { id } }
      bdg: region(code: "32.73") { isCity programs { id } parent { parent { code level } } }
    }`);
    expect(data.region).toEqual({
      name: 'ACEH', level: 'PROVINCE', hasOutermostIslands: true, outermostIslandCount: 2,
      parent: { code: 'ID' }, children: [{ code: '11.01', isCity: false }], agencies: [{ id: 'pemprov-aceh' }],
    });
    expect(data.bdg).toEqual({ isCity: true, programs: [{ id: 'bandung-miskin' }], parent: { parent: { code: 'ID', level: 'COUNTRY' } } });
  });

  it('gives theme, partner, forum, regulation and indicator their links', async () => {
    const data = await api.ok(`{
      theme(id: "digitalisasi") { parent { id } children { id } programs { id } }
      partner(id: "startup-a") { helix programs { role program { id partners { role partner { id } } } } }
      forum(id: "paguyuban") { kind members { id } }
      regulation(id: "arahan-menpanrb") { kind mandates { id holders { id } } }
      indicator(id: "indeks-spbe") { programs { id } measurements { year target actual region { code } } }
      bkn: agency(id: "bkn") { reportsTo { id } forums { id } }
      panrb: agency(id: "kementerian-panrb") { subordinates { id } jurisdiction { code } }
    }`);
    expect(data.theme).toEqual({ parent: { id: 'reformasi-birokrasi' }, children: [{ id: 'arsip-digital' }], programs: [{ id: 'spbe' }] });
    expect(data.partner).toEqual({ helix: 'INDUSTRY', programs: [{ role: 'TECHNOLOGY', program: { id: 'spbe', partners: [{ role: 'TECHNOLOGY', partner: { id: 'startup-a' } }] } }] });
    expect(data.forum).toEqual({ kind: 'COMMUNITY', members: [{ id: 'bkn' }, { id: 'kementerian-panrb' }] });
    expect(data.regulation).toEqual({ kind: 'DIRECTIVE', mandates: [{ id: 'mandat-anri-arsip', holders: [{ id: 'anri' }] }] });
    expect(data.indicator).toEqual({
      programs: [{ id: 'spbe' }],
      measurements: [
        { year: 2023, target: 3, actual: 2.8, region: null },
        { year: 2024, target: 3.2, actual: null, region: { code: '11' } },
      ],
    });
    expect(data.bkn).toEqual({ reportsTo: [{ id: 'kementerian-panrb' }], forums: [{ id: 'paguyuban' }] });
    expect(data.panrb).toEqual({ subordinates: [{ id: 'bkn' }], jurisdiction: [] });
  });
});

describe('lists with filters', () => {
  it('filters agencies by kind and level', async () => {
    const data = await api.ok(`{
      a: agencies(filter: { kind: NON_MINISTERIAL_AGENCY }) { totalCount nodes { id } }
      b: agencies(filter: { level: NATIONAL }, orderBy: { field: ID }) { totalCount nodes { id } }
    }`);
    expect(ids(data.a)).toEqual(['anri', 'bkn']);
    expect(data.b.totalCount).toBe(3);
    expect(ids(data.b)).toEqual(['anri', 'bkn', 'kementerian-panrb']);
  });

  it('filters agencies by theme with its sub-themes, and by region with its sub-regions', async () => {
    const data = await api.ok(`{
      digital: agencies(filter: { theme: "digitalisasi" }, orderBy: { field: ID }) { nodes { id } }
      archive: agencies(filter: { theme: "arsip-digital" }, orderBy: { field: ID }) { nodes { id } }
      inAceh: agencies(filter: { region: "11" }) { nodes { id } }
      inIndonesia: agencies(filter: { region: "ID" }, orderBy: { field: ID }) { nodes { id } }
    }`);
    // spbe addresses digitalisasi; arsip-aceh addresses its sub-theme arsip-digital.
    expect(ids(data.digital)).toEqual(['anri', 'kementerian-panrb', 'pemprov-aceh']);
    expect(ids(data.archive)).toEqual(['anri', 'pemprov-aceh']);
    expect(ids(data.inAceh)).toEqual(['pemprov-aceh']);
    expect(ids(data.inIndonesia)).toEqual(['pemkot-bandung', 'pemprov-aceh']);
  });

  it('searches names and acronyms in full text', async () => {
    const data = await api.ok(`{
      a: agencies(filter: { search: "arsip" }) { nodes { id } }
      b: agencies(filter: { search: "panrb" }) { nodes { id } }
      c: programs(filter: { search: "digitalisasi ars" }) { nodes { id } }
      d: regions(filter: { search: "bandung" }) { nodes { code } }
      e: agencies(filter: { search: "(((" }) { totalCount }
    }`);
    expect(ids(data.a)).toEqual(['anri']);
    expect(ids(data.b)).toEqual(['kementerian-panrb']);
    expect(ids(data.c)).toEqual(['arsip-aceh']);
    expect(ids(data.d)).toEqual(['32.73']);
    expect(data.e.totalCount).toBe(0);
  });

  it('filters programs by theme, region, agency, helix, track and year', async () => {
    const data = await api.ok(`{
      theme: programs(filter: { theme: "reformasi-birokrasi" }, orderBy: { field: ID }) { nodes { id } }
      region: programs(filter: { region: "11" }) { nodes { id } }
      agency: programs(filter: { agency: "anri" }, orderBy: { field: ID }) { nodes { id } }
      helix: programs(filter: { helix: INDUSTRY }) { nodes { id } }
      track: programs(filter: { track: RB_THEMATIC }, orderBy: { field: ID }) { nodes { id } }
      y2020: programs(filter: { activeIn: 2020 }) { nodes { id } }
      y2030: programs(filter: { activeIn: 2030 }) { nodes { id } }
    }`);
    expect(ids(data.theme)).toEqual(['arsip-aceh', 'spbe']);
    expect(ids(data.region)).toEqual(['arsip-aceh']);
    expect(ids(data.agency)).toEqual(['arsip-aceh', 'spbe']);
    expect(ids(data.helix)).toEqual(['spbe']);
    expect(ids(data.track)).toEqual(['arsip-aceh', 'bandung-miskin']);
    expect(ids(data.y2020)).toEqual(['spbe']);
    expect(ids(data.y2030)).toEqual(['bandung-miskin']);
  });

  it('filters regions by level, ancestry and remoteness', async () => {
    const data = await api.ok(`{
      provinces: regions(filter: { level: PROVINCE }) { totalCount nodes { code } }
      inAceh: regions(filter: { within: "11" }) { nodes { code } }
      remote: regions(filter: { remote: true, level: REGENCY }) { nodes { code } }
      notRemote: regions(filter: { remote: false }) { nodes { code } }
    }`);
    expect(ids(data.provinces)).toEqual(['11', '32']);
    expect(ids(data.inAceh)).toEqual(['11.01', '11.01.01']);
    expect(ids(data.remote)).toEqual(['11.01']);
    expect(ids(data.notRemote)).toEqual(['11.01.01', '32', '32.73']);
  });

  it('filters the other lists', async () => {
    const data = await api.ok(`{
      partners(filter: { helix: INDUSTRY }) { nodes { id } }
      roots: themes(filter: { rootsOnly: true }) { nodes { id } }
      children: themes(filter: { parent: "digitalisasi" }) { nodes { id } }
      indicators(filter: { theme: "reformasi-birokrasi" }) { nodes { id } }
      mandates(filter: { theme: "digitalisasi" }) { nodes { id } }
      regulations(filter: { kind: DIRECTIVE }) { nodes { id } }
      forums(filter: { member: "bkn" }) { nodes { id } }
      none: forums(filter: { member: "anri" }) { totalCount nodes { id } }
    }`);
    expect(ids(data.partners)).toEqual(['startup-a']);
    expect(ids(data.roots)).toEqual(['kemiskinan', 'reformasi-birokrasi']);
    expect(ids(data.children)).toEqual(['arsip-digital']);
    expect(ids(data.indicators)).toEqual(['indeks-spbe']);
    expect(ids(data.mandates)).toEqual(['mandat-anri-arsip']);
    expect(ids(data.regulations)).toEqual(['arahan-menpanrb']);
    expect(ids(data.forums)).toEqual(['paguyuban']);
    expect(data.none).toEqual({ totalCount: 0, nodes: [] });
  });

  it('sorts both ways, ties broken by key', async () => {
    const data = await api.ok(`{
      asc: programs(orderBy: { field: START_YEAR }) { nodes { id } }
      desc: programs(orderBy: { field: START_YEAR, direction: DESC }) { nodes { id } }
      byName: agencies(orderBy: { field: NAME, direction: DESC }, first: 2) { nodes { id } }
    }`);
    expect(ids(data.asc)).toEqual(['spbe', 'arsip-aceh', 'bandung-miskin']);
    expect(ids(data.desc)).toEqual(['bandung-miskin', 'arsip-aceh', 'spbe']);
    expect(ids(data.byName)).toEqual(['pemprov-aceh', 'pemkot-bandung']);
  });
});

describe('cursor pagination', () => {
  const page = `query ($first: Int, $after: String) {
    agencies(orderBy: { field: ID }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }
    }
  }`;

  it('walks every page exactly once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const data: any = await api.ok(page, { first: 2, after });
      const connection = data.agencies;
      expect(connection.totalCount).toBe(5);
      expect(connection.pageInfo.hasPreviousPage).toBe(pages > 0);
      seen.push(...connection.edges.map((edge: any) => edge.node.id));
      pages += 1;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(['anri', 'bkn', 'kementerian-panrb', 'pemkot-bandung', 'pemprov-aceh']);
  });

  it('handles first: 0, a page past the end, and the last page exactly', async () => {
    const zero: any = await api.ok(page, { first: 0 });
    expect(zero.agencies.edges).toEqual([]);
    expect(zero.agencies.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null });
    const all: any = await api.ok(page, { first: 5 });
    expect(all.agencies.pageInfo.hasNextPage).toBe(false);
    const last = all.agencies.pageInfo.endCursor;
    const past: any = await api.ok(page, { first: 5, after: last });
    expect(past.agencies.edges).toEqual([]);
    expect(past.agencies.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('refuses a page size over 100, a negative one, and a forged cursor', async () => {
    const big = await api.run(page, { first: 101 });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const negative = await api.run(page, { first: -1 });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const forged = await api.run(page, { first: 1, after: 'not-a-cursor' });
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(forged.errors?.[0]?.message).toContain('after');
  });

  it('says so when the cursor points at a node that is gone', async () => {
    const data: any = await api.ok(page, { first: 1 });
    const cursor = data.agencies.pageInfo.endCursor;
    const filtered = await api.run(`query ($after: String) { agencies(filter: { kind: MINISTRY }, first: 1, after: $after) { totalCount } }`, { after: cursor });
    expect(filtered.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
