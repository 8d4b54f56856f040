import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

/*
 * Three agencies a, b, c and a loner d:
 *   p1 (theme t-x, covers 32.73): a (LEAD and FUNDER: still one program), b
 *   p2 (theme t-y, covers 11):    a, b, c
 *   p3 (theme t-y, covers 11):    d alone
 * So a-b share p1 and p2 (weight 2), a-c and b-c share p2 (weight 1); d collaborates with nobody.
 * Regions: 32.73 PART_OF 32 PART_OF ID, 32.73.01 PART_OF 32.73, 11 PART_OF ID. t-x2 PART_OF t-x.
 */
const FIXTURE = `
CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY'}),
       (p32:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE'})-[:PART_OF]->(id),
       (bdg:Region {code: '32.73', name: 'KOTA BANDUNG', level: 'REGENCY'})-[:PART_OF]->(p32),
       (:Region {code: '32.73.01', name: 'SUKASARI', level: 'DISTRICT'})-[:PART_OF]->(bdg),
       (aceh:Region {code: '11', name: 'ACEH', level: 'PROVINCE'})-[:PART_OF]->(id),
       (tx:Theme {id: 't-x', name: 'X'}), (:Theme {id: 't-x2', name: 'X two'})-[:PART_OF]->(tx),
       (ty:Theme {id: 't-y', name: 'Y'}),
       (a:Agency {id: 'a', name: 'Agency A', acronym: 'A'}),
       (b:Agency {id: 'b', name: 'Agency B'}),
       (c:Agency {id: 'c', name: 'Agency C'}),
       (d:Agency {id: 'd', name: 'Agency D'}),
       (p1:Program {id: 'p1', name: 'One'})-[:ADDRESSES]->(tx), (p1)-[:COVERS]->(bdg),
       (p2:Program {id: 'p2', name: 'Two'})-[:ADDRESSES]->(ty), (p2)-[:COVERS]->(aceh),
       (p3:Program {id: 'p3', name: 'Three'})-[:ADDRESSES]->(ty), (p3)-[:COVERS]->(aceh),
       (a)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p1), (a)-[:PARTICIPATES_IN {role: 'FUNDER'}]->(p1),
       (b)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p1),
       (a)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(p2), (b)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p2),
       (c)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p2),
       (d)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p3)
`;

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(FIXTURE);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const QUERY = `query ($theme: ID, $region: ID, $minWeight: Int, $limit: Int) {
  collaborationNetwork(theme: $theme, region: $region, minWeight: $minWeight, limit: $limit) {
    truncated selection cytoscape graphology
    nodes { id kind key label distance metrics { degree weightedDegree betweenness community } }
    edges { id source target type role weight }
  }
}`;

interface CollaborationData {
  collaborationNetwork: {
    truncated: boolean;
    selection: Record<string, unknown>;
    cytoscape: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> };
    graphology: { attributes: Record<string, unknown>; nodes: unknown[]; edges: Array<{ key: string; undirected?: boolean }> };
    nodes: Array<{ id: string; kind: string; key: string; label: string; distance: number; metrics: Record<string, number> }>;
    edges: Array<{ id: string; source: string; target: string; type: string; role: string | null; weight: number }>;
  };
}

async function collaboration(variables: Record<string, unknown> = {}) {
  return (await api.ok<CollaborationData>(QUERY, variables)).collaborationNetwork;
}
const pairs = (view: CollaborationData['collaborationNetwork']) => view.edges.map((e) => `${e.source}-${e.target}:${e.weight}`);

describe('collaborationNetwork', () => {
  it('links agencies by the number of programs they share, strongest first', async () => {
    const result = await api.run<CollaborationData>(QUERY);
    expect(result.errors).toBeUndefined();
    expect(result.statements).toBe(1);
    const view = result.data!.collaborationNetwork;
    expect(view.truncated).toBe(false);
    // Strength: a = 2 + 1, b = 2 + 1, c = 1 + 1; d has no pair.
    expect(view.nodes.map((n) => [n.id, n.label, n.metrics.degree, n.metrics.weightedDegree])).toEqual([
      ['Agency:a', 'A', 2, 3], ['Agency:b', 'Agency B', 2, 3], ['Agency:c', 'Agency C', 2, 2],
    ]);
    expect(view.edges).toEqual([
      { id: 'Agency:a|COLLABORATES_WITH|Agency:b', source: 'Agency:a', target: 'Agency:b', type: 'COLLABORATES_WITH', role: null, weight: 2 },
      { id: 'Agency:a|COLLABORATES_WITH|Agency:c', source: 'Agency:a', target: 'Agency:c', type: 'COLLABORATES_WITH', role: null, weight: 1 },
      { id: 'Agency:b|COLLABORATES_WITH|Agency:c', source: 'Agency:b', target: 'Agency:c', type: 'COLLABORATES_WITH', role: null, weight: 1 },
    ]);
    expect(view.selection).toEqual({ kind: 'collaboration', minWeight: 1, limit: 300 });
    expect(view.cytoscape.edges[0]!.data).toEqual({ id: 'Agency:a|COLLABORATES_WITH|Agency:b', source: 'Agency:a', target: 'Agency:b', type: 'COLLABORATES_WITH', role: null, weight: 2 });
    expect(view.graphology.nodes).toHaveLength(3);
    expect(view.graphology.attributes).toEqual({ selection: view.selection, rule: expect.stringContaining('take part (any role) in the same program') });
    expect(view.graphology.edges.every((e) => e.undirected === true)).toBe(true);
  });

  it('minWeight drops the lighter pairs and the agencies left alone', async () => {
    const view = await collaboration({ minWeight: 2 });
    expect(view.nodes.map((n) => n.id)).toEqual(['Agency:a', 'Agency:b']);
    expect(pairs(view)).toEqual(['Agency:a-Agency:b:2']);
    expect((await collaboration({ minWeight: 3 })).nodes).toEqual([]);
  });

  it('theme counts only programs on it or a sub-theme', async () => {
    expect(pairs(await collaboration({ theme: 't-x' }))).toEqual(['Agency:a-Agency:b:1']);
    expect(pairs(await collaboration({ theme: 't-y' }))).toEqual(['Agency:a-Agency:b:1', 'Agency:a-Agency:c:1', 'Agency:b-Agency:c:1']);
    expect(pairs(await collaboration({ theme: 't-x2' }))).toEqual([]);
  });

  it('region counts only programs covering it, a region above it or one below it', async () => {
    expect(pairs(await collaboration({ region: '32' }))).toEqual(['Agency:a-Agency:b:1']);
    expect(pairs(await collaboration({ region: '32.73.01' }))).toEqual(['Agency:a-Agency:b:1']);
    expect(pairs(await collaboration({ region: '11' }))).toEqual(['Agency:a-Agency:b:1', 'Agency:a-Agency:c:1', 'Agency:b-Agency:c:1']);
    expect(pairs(await collaboration({ region: 'ID' }))).toEqual(['Agency:a-Agency:b:2', 'Agency:a-Agency:c:1', 'Agency:b-Agency:c:1']);
  });

  it('limit keeps the strongest agencies and says it cut', async () => {
    const view = await collaboration({ limit: 2 });
    expect(view.truncated).toBe(true);
    expect(view.nodes.map((n) => n.id)).toEqual(['Agency:a', 'Agency:b']);
    expect(pairs(view)).toEqual(['Agency:a-Agency:b:2']);
  });

  it('unknown theme or region is NOT_FOUND; a bad minWeight is BAD_USER_INPUT', async () => {
    const theme = await api.run(QUERY, { theme: 'nope' });
    expect(theme.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'theme' });
    const region = await api.run(QUERY, { region: '99' });
    expect(region.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'region' });
    const weight = await api.run(QUERY, { minWeight: 0 });
    expect(weight.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'minWeight' });
    const limit = await api.run(QUERY, { limit: 0 });
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'limit' });
  });
});
