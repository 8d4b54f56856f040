import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';
import { loadSubgraph } from '../../src/modules/network/load.js';

/*
 * The fixture, small enough to walk by hand:
 *
 *   Regions: ID (country) <- 32 (province) <- 32.73 (city) <- 32.73.01 (district); ID <- 11 (province)
 *   Themes:  t-arsip PART_OF t-digital; t-miskin
 *   Agencies: a-panrb (HOLDS m-panrb), a-anri, a-bandung (JURISDICTION 32.73)
 *   Programs:
 *     p-spbe   2020-2024, ADDRESSES t-digital, COVERS ID, MEASURED_BY i-spbe;
 *              a-panrb LEAD, a-anri IMPLEMENTER, x-telkom (INDUSTRY) SUPPORTER
 *     p-arsip  2018-2019, ADDRESSES t-arsip,   COVERS 11; a-anri LEAD
 *     p-miskin 2022-open, ADDRESSES t-miskin,  COVERS 32.73;
 *              a-bandung LEAD, a-panrb SUPPORTER, x-ui (ACADEMIA) SUPPORTER
 */
const FIXTURE = `
CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY'}),
       (p32:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE'})-[:PART_OF]->(id),
       (bdg:Region {code: '32.73', name: 'KOTA BANDUNG', level: 'REGENCY'})-[:PART_OF]->(p32),
       (:Region {code: '32.73.01', name: 'SUKASARI', level: 'DISTRICT'})-[:PART_OF]->(bdg),
       (aceh:Region {code: '11', name: 'ACEH', level: 'PROVINCE'})-[:PART_OF]->(id),
       (digital:Theme {id: 't-digital', name: 'Digitalisation'}),
       (arsip:Theme {id: 't-arsip', name: 'Digital archives'})-[:PART_OF]->(digital),
       (miskin:Theme {id: 't-miskin', name: 'Poverty'}),
       (panrb:Agency {id: 'a-panrb', name: 'Kementerian PANRB', acronym: 'KemenPANRB'}),
       (anri:Agency {id: 'a-anri', name: 'Arsip Nasional', acronym: 'ANRI'}),
       (kota:Agency {id: 'a-bandung', name: 'Pemerintah Kota Bandung'})-[:JURISDICTION]->(bdg),
       (panrb)-[:HOLDS]->(:Mandate {id: 'm-panrb', title: 'Reformasi birokrasi'}),
       (spbe:Program {id: 'p-spbe', name: 'SPBE', startYear: 2020, endYear: 2024}),
       (parsip:Program {id: 'p-arsip', name: 'Arsip digital', startYear: 2018, endYear: 2019}),
       (pmiskin:Program {id: 'p-miskin', name: 'Bandung tanpa miskin', startYear: 2022}),
       (spbe)-[:ADDRESSES]->(digital), (spbe)-[:COVERS]->(id),
       (spbe)-[:MEASURED_BY]->(:Indicator {id: 'i-spbe', name: 'Indeks SPBE'}),
       (panrb)-[:PARTICIPATES_IN {role: 'LEAD'}]->(spbe),
       (anri)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(spbe),
       (:Partner {id: 'x-telkom', name: 'Telkom', helix: 'INDUSTRY'})-[:PARTNERS_IN {role: 'SUPPORTER'}]->(spbe),
       (parsip)-[:ADDRESSES]->(arsip), (parsip)-[:COVERS]->(aceh),
       (anri)-[:PARTICIPATES_IN {role: 'LEAD'}]->(parsip),
       (pmiskin)-[:ADDRESSES]->(miskin), (pmiskin)-[:COVERS]->(bdg),
       (kota)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pmiskin),
       (panrb)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(pmiskin),
       (:Partner {id: 'x-ui', name: 'Universitas Indonesia', helix: 'ACADEMIA'})-[:PARTNERS_IN {role: 'SUPPORTER'}]->(pmiskin)
`;

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(FIXTURE);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const QUERY = `query ($focus: [NetworkFocus!]!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
  network(focus: $focus, depth: $depth, filter: $filter, limit: $limit) {
    truncated selection
    nodes { id kind key label distance properties metrics { degree weightedDegree betweenness community } }
    edges { id source target type role weight }
  }
}`;

interface NetworkData {
  network: {
    truncated: boolean;
    selection: Record<string, unknown>;
    nodes: Array<{ id: string; kind: string; key: string; label: string; distance: number; properties: Record<string, unknown>; metrics: Record<string, number> }>;
    edges: Array<{ id: string; source: string; target: string; type: string; role: string | null; weight: number }>;
  };
}

const PANRB = [{ kind: 'AGENCY', key: 'a-panrb' }];
const ANRI = [{ kind: 'AGENCY', key: 'a-anri' }];

async function network(variables: Record<string, unknown>) {
  return (await api.ok<NetworkData>(QUERY, variables)).network;
}
const nodeIds = (view: NetworkData['network']) => view.nodes.map((node) => node.id);
const edgeIds = (view: NetworkData['network']) => view.edges.map((edge) => edge.id).sort();

describe('network around focus nodes', () => {
  it('depth 1 from an agency: its mandate and programs, with their edges', async () => {
    const view = await network({ focus: PANRB, depth: 1 });
    expect(view.truncated).toBe(false);
    expect(view.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['Agency:a-panrb', 0], ['Mandate:m-panrb', 1], ['Program:p-miskin', 1], ['Program:p-spbe', 1],
    ]);
    expect(view.nodes[0]).toMatchObject({ kind: 'AGENCY', key: 'a-panrb', label: 'KemenPANRB', properties: { id: 'a-panrb', name: 'Kementerian PANRB', acronym: 'KemenPANRB' } });
    expect(view.nodes[1]).toMatchObject({ kind: 'MANDATE', label: 'Reformasi birokrasi' });
    expect(view.edges).toEqual([
      { id: 'Agency:a-panrb|HOLDS|Mandate:m-panrb', source: 'Agency:a-panrb', target: 'Mandate:m-panrb', type: 'HOLDS', role: null, weight: 1 },
      { id: 'Agency:a-panrb|PARTICIPATES_IN|Program:p-miskin', source: 'Agency:a-panrb', target: 'Program:p-miskin', type: 'PARTICIPATES_IN', role: 'SUPPORTER', weight: 1 },
      { id: 'Agency:a-panrb|PARTICIPATES_IN|Program:p-spbe', source: 'Agency:a-panrb', target: 'Program:p-spbe', type: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 },
    ]);
    // A star: the centre lies on every path between the three leaves (3 pairs of 3 = 1).
    expect(view.nodes[0]!.metrics).toMatchObject({ degree: 3, weightedDegree: 3, betweenness: 1 });
    expect(view.selection).toEqual({ kind: 'network', focus: PANRB, depth: 1, limit: 300 });
  });

  it('depth 2 adds the programs\' agencies, partners, themes and regions, but no indicator and nothing further', async () => {
    const view = await network({ focus: PANRB, depth: 2 });
    expect(view.truncated).toBe(false);
    expect(view.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['Agency:a-panrb', 0], ['Mandate:m-panrb', 1], ['Program:p-miskin', 1], ['Program:p-spbe', 1],
      ['Agency:a-anri', 2], ['Agency:a-bandung', 2], ['Partner:x-telkom', 2], ['Partner:x-ui', 2],
      ['Region:32.73', 2], ['Region:ID', 2], ['Theme:t-digital', 2], ['Theme:t-miskin', 2],
    ]);
    expect(edgeIds(view)).toEqual([
      'Agency:a-anri|PARTICIPATES_IN|Program:p-spbe',
      'Agency:a-bandung|JURISDICTION|Region:32.73',
      'Agency:a-bandung|PARTICIPATES_IN|Program:p-miskin',
      'Agency:a-panrb|HOLDS|Mandate:m-panrb',
      'Agency:a-panrb|PARTICIPATES_IN|Program:p-miskin',
      'Agency:a-panrb|PARTICIPATES_IN|Program:p-spbe',
      'Partner:x-telkom|PARTNERS_IN|Program:p-spbe',
      'Partner:x-ui|PARTNERS_IN|Program:p-miskin',
      'Program:p-miskin|ADDRESSES|Theme:t-miskin',
      'Program:p-miskin|COVERS|Region:32.73',
      'Program:p-spbe|ADDRESSES|Theme:t-digital',
      'Program:p-spbe|COVERS|Region:ID',
    ]);
    const byId = new Map(view.nodes.map((n) => [n.id, n]));
    expect(byId.get('Program:p-miskin')!.metrics).toMatchObject({ degree: 5, weightedDegree: 5 });
    expect(byId.get('Region:32.73')!.metrics).toMatchObject({ degree: 2 });
  });

  it('several focus nodes: each is at distance 0', async () => {
    const view = await network({ focus: [...PANRB, { kind: 'AGENCY', key: 'a-bandung' }], depth: 1 });
    expect(view.nodes.map((n) => [n.id, n.distance])).toEqual([
      ['Agency:a-panrb', 0], ['Agency:a-bandung', 0], ['Mandate:m-panrb', 1], ['Program:p-miskin', 1], ['Program:p-spbe', 1], ['Region:32.73', 1],
    ]);
  });

  it('costs a small constant number of statements: focus, one per hop, edges', async () => {
    const result = await api.run(QUERY, { focus: PANRB, depth: 3 });
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(5);
    // Depth 3 reaches the provinces above the city and the archive program of ANRI.
    const ids = nodeIds((result.data as unknown as NetworkData).network);
    expect(ids).toEqual(expect.arrayContaining(['Region:32', 'Region:11', 'Program:p-arsip', 'Theme:t-arsip']));
    expect(ids).not.toContain('Region:32.73.01');
  });
});

describe('network filters', () => {
  it('helix keeps only partners of those strands', async () => {
    const view = await network({ focus: PANRB, depth: 2, filter: { helix: ['INDUSTRY'] } });
    expect(nodeIds(view).filter((id) => id.startsWith('Partner:'))).toEqual(['Partner:x-telkom']);
    expect(view.nodes).toHaveLength(11);
  });

  it('theme keeps programs on it or a sub-theme', async () => {
    expect(nodeIds(await network({ focus: ANRI, filter: { theme: 't-digital' } }))).toEqual(['Agency:a-anri', 'Program:p-arsip', 'Program:p-spbe']);
    expect(nodeIds(await network({ focus: ANRI, filter: { theme: 't-arsip' } }))).toEqual(['Agency:a-anri', 'Program:p-arsip']);
    expect(nodeIds(await network({ focus: PANRB, filter: { theme: 't-digital' } }))).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-spbe']);
  });

  it('region keeps programs covering it, a region above it or one below it', async () => {
    // p-spbe covers ID (above 32), p-arsip covers 11 (unrelated).
    expect(nodeIds(await network({ focus: ANRI, filter: { region: '32' } }))).toEqual(['Agency:a-anri', 'Program:p-spbe']);
    // p-arsip covers 11 itself.
    expect(nodeIds(await network({ focus: ANRI, filter: { region: '11' } }))).toEqual(['Agency:a-anri', 'Program:p-arsip', 'Program:p-spbe']);
    // p-miskin covers 32.73, below 32.
    expect(nodeIds(await network({ focus: PANRB, filter: { region: '32' } }))).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-miskin', 'Program:p-spbe']);
    // From the district up: p-miskin covers 32.73 above it, p-spbe covers ID.
    expect(nodeIds(await network({ focus: PANRB, filter: { region: '32.73.01' } }))).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-miskin', 'Program:p-spbe']);
  });

  it('years keep programs running in some year of the span, a missing end year being open', async () => {
    expect(nodeIds(await network({ focus: ANRI, filter: { fromYear: 2018, toYear: 2019 } }))).toEqual(['Agency:a-anri', 'Program:p-arsip']);
    expect(nodeIds(await network({ focus: ANRI, filter: { fromYear: 2019, toYear: 2020 } }))).toEqual(['Agency:a-anri', 'Program:p-arsip', 'Program:p-spbe']);
    expect(nodeIds(await network({ focus: PANRB, filter: { fromYear: 2025 } }))).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-miskin']);
    expect(nodeIds(await network({ focus: PANRB, filter: { toYear: 2021 } }))).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-spbe']);
  });

  it('nodeKinds keeps only those kinds, and the focus always stays', async () => {
    const programs = await network({ focus: PANRB, depth: 2, filter: { nodeKinds: ['PROGRAM'] } });
    expect(nodeIds(programs)).toEqual(['Agency:a-panrb', 'Program:p-miskin', 'Program:p-spbe']);
    const withAgencies = await network({ focus: PANRB, depth: 2, filter: { nodeKinds: ['AGENCY', 'PROGRAM'] } });
    expect(nodeIds(withAgencies)).toEqual(['Agency:a-panrb', 'Program:p-miskin', 'Program:p-spbe', 'Agency:a-anri', 'Agency:a-bandung']);
  });

  it('edgeTypes follows only those relationships', async () => {
    const view = await network({ focus: PANRB, depth: 2, filter: { edgeTypes: ['HOLDS'] } });
    expect(nodeIds(view)).toEqual(['Agency:a-panrb', 'Mandate:m-panrb']);
    expect(edgeIds(view)).toEqual(['Agency:a-panrb|HOLDS|Mandate:m-panrb']);
  });

  it('districts and indicators only when nodeKinds names them', async () => {
    const city = [{ kind: 'REGION', key: '32.73' }];
    expect(nodeIds(await network({ focus: city }))).toEqual(['Region:32.73', 'Agency:a-bandung', 'Program:p-miskin', 'Region:32']);
    expect(nodeIds(await network({ focus: city, filter: { nodeKinds: ['REGION'] } }))).toEqual(['Region:32.73', 'Region:32', 'Region:32.73.01']);
    const spbe = [{ kind: 'PROGRAM', key: 'p-spbe' }];
    expect(nodeIds(await network({ focus: spbe }))).not.toContain('Indicator:i-spbe');
    expect(nodeIds(await network({ focus: spbe, filter: { nodeKinds: ['INDICATOR'] } }))).toEqual(['Program:p-spbe', 'Indicator:i-spbe']);
  });
});

describe('network limit and errors', () => {
  it('stops at the limit, nearest first, and says so', async () => {
    const cut = await network({ focus: PANRB, depth: 1, limit: 3 });
    expect(cut.truncated).toBe(true);
    expect(nodeIds(cut)).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-miskin']);
    expect(edgeIds(cut)).toEqual(['Agency:a-panrb|HOLDS|Mandate:m-panrb', 'Agency:a-panrb|PARTICIPATES_IN|Program:p-miskin']);
    const exact = await network({ focus: PANRB, depth: 1, limit: 4 });
    expect(exact.truncated).toBe(false);
    expect(exact.nodes).toHaveLength(4);
    const deeper = await network({ focus: PANRB, depth: 2, limit: 5 });
    expect(deeper.truncated).toBe(true);
    expect(nodeIds(deeper)).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-miskin', 'Program:p-spbe', 'Agency:a-anri']);
  });

  it('an unknown focus or filter id is NOT_FOUND naming the field', async () => {
    const focus = await api.run(QUERY, { focus: [...PANRB, { kind: 'PROGRAM', key: 'nope' }] });
    expect(focus.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'focus.1.key' });
    expect(focus.errors?.[0]?.message).toBe("Program 'nope' does not exist");
    const wrongKind = await api.run(QUERY, { focus: [{ kind: 'PROGRAM', key: 'a-panrb' }] });
    expect(wrongKind.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'focus.0.key' });
    const theme = await api.run(QUERY, { focus: PANRB, filter: { theme: 'nope' } });
    expect(theme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.theme' });
    const region = await api.run(QUERY, { focus: PANRB, filter: { region: '99' } });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'filter.region' });
  });

  it('bad arguments are BAD_USER_INPUT naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ focus: PANRB, depth: 4 }, 'depth'],
      [{ focus: PANRB, depth: 0 }, 'depth'],
      [{ focus: PANRB, limit: 2001 }, 'limit'],
      [{ focus: [] }, 'focus'],
      [{ focus: PANRB, filter: { edgeTypes: ['COLLABORATES_WITH'] } }, 'filter.edgeTypes.0'],
      [{ focus: PANRB, filter: { fromYear: 2024, toYear: 2020 } }, 'filter.fromYear'],
    ];
    for (const [variables, field] of cases) {
      const result = await api.run(QUERY, variables);
      expect(result.errors?.[0]?.extensions, field).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.statements, field).toBe(0);
    }
  });

  it('loadSubgraph gives the same view to other callers (the exports)', async () => {
    const subgraph = await loadSubgraph(db.executor, { kind: 'network', focus: [{ kind: 'AGENCY', key: 'a-panrb' }], depth: 1, limit: 300 });
    expect(subgraph.nodes.map((n) => n.id)).toEqual(['Agency:a-panrb', 'Mandate:m-panrb', 'Program:p-miskin', 'Program:p-spbe']);
    expect(subgraph.edges).toHaveLength(3);
    expect(subgraph.truncated).toBe(false);
  });
});
