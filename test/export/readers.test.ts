import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../src/modules/export/exportGraph.js';
import type { ExportFormat } from '../../src/modules/export/formats.js';
import { SOURCE_NOTE } from '../../src/modules/export/meta.js';
import type { Selection } from '../../src/modules/network/selection.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { runPython } from '../support/tools.js';
import { AGENCY_A_NAME, AGENCY_B_NAME, loadExportFixture, WHOLE_EDGES, WHOLE_NODES } from './fixture.js';

let db: TestDatabase;
let dir: string;
const WHOLE: Selection = { kind: 'whole' };
const NOW = new Date('2026-01-02T03:04:05.678Z');

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await loadExportFixture(db);
  dir = mkdtempSync(join(tmpdir(), 'kolaborasi-export-'));
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Exports into a string (and a file, for the Python readers). */
async function exportText(format: ExportFormat, selection: Selection = WHOLE) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = await exportGraph(db.executor, selection, format, out, {}, NOW);
  out.end();
  const text = Buffer.concat(chunks).toString('utf8');
  const file = join(dir, `graph.${format}`);
  writeFileSync(file, text);
  return { text, file, result };
}

const NETWORKX_SUMMARY = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[2]) if sys.argv[1] == 'graphml' else nx.read_gexf(sys.argv[2])
print(json.dumps({
  'directed': G.is_directed(),
  'nodes': G.number_of_nodes(),
  'edges': G.number_of_edges(),
  'graph': G.graph,
  'agencyA': G.nodes['Agency:kemen-a'],
  'agencyB': G.nodes['Agency:pemda-b'],
  'program': G.nodes['Program:prog-1'],
  'region': G.nodes['Region:32'],
  'lead': [d for u, v, d in G.edges(data=True) if u == 'Agency:kemen-a' and v == 'Program:prog-1'],
}, default=str))
`;

interface NetworkxSummary {
  directed: boolean;
  nodes: number;
  edges: number;
  graph: Record<string, unknown>;
  agencyA: Record<string, unknown>;
  agencyB: Record<string, unknown>;
  program: Record<string, unknown>;
  region: Record<string, unknown>;
  lead: Array<Record<string, unknown>>;
}

describe('GraphML', () => {
  it('NetworkX reads the counts, the attributes with their types and the graph-level making', async () => {
    const { file, result } = await exportText('graphml');
    expect(result).toMatchObject({ nodes: WHOLE_NODES, edges: WHOLE_EDGES, truncated: false });
    const g = runPython<NetworkxSummary>(NETWORKX_SUMMARY, ['graphml', file]);
    expect(g.directed).toBe(true);
    expect([g.nodes, g.edges]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
    expect(JSON.parse(g.graph.selection as string)).toEqual({ kind: 'whole' });
    expect(g.graph.createdAt).toBe('2026-01-02T03:04:05.678Z');
    expect(g.graph.product).toMatch(/^kolaborasi-graph \d+\.\d+\.\d+$/);
    expect(g.graph.sourceNote).toBe(SOURCE_NOTE);
    expect(g.agencyA).toEqual({
      kind: 'AGENCY', key: 'kemen-a', label: 'KA', name: AGENCY_A_NAME, acronym: 'KA', prop_kind: 'MINISTRY', level: 'NATIONAL',
      sourceRefs: '["seeds/artikel-1.md"]', sourceTitles: '["Judul # satu, \\"kutip\\""]',
      // The metrics of the whole graph: kemen-a's one allowed edge (LIKES is not exported).
      degree: 1, weightedDegree: 1, betweenness: 0, community: expect.any(Number),
    });
    // pemda-b lies on the paths between prog-1 and Region 32's other neighbours: betweenness above 0.
    expect(g.agencyB).toMatchObject({ degree: 2, weightedDegree: 2 });
    expect(g.program).toMatchObject({ degree: 6, betweenness: expect.any(Number) });
    expect(g.program.betweenness as number).toBeGreaterThan(0);
    expect(g.agencyB.name).toBe(AGENCY_B_NAME);
    // Typed keys: long, double and boolean come back as numbers and booleans.
    expect(g.program).toMatchObject({ kind: 'PROGRAM', startYear: 2022, budget: 1.5, label: 'Program Satu' });
    expect(g.region).toMatchObject({ kind: 'REGION', key: '32', code: '32', outermostIslandCount: 0, hasOutermostIslands: false });
    expect(g.lead).toEqual([{ id: 'Agency:kemen-a|PARTICIPATES_IN|Program:prog-1', type: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 }]);
  });

  it('graphology-graphml parses it with the same counts and attributes', async () => {
    const { text } = await exportText('graphml');
    const graph = parseGraphml(MultiDirectedGraph, text);
    expect([graph.order, graph.size]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
    expect(graph.getNodeAttributes('Agency:kemen-a')).toMatchObject({ kind: 'AGENCY', label: 'KA', name: AGENCY_A_NAME });
    expect(graph.getNodeAttributes('Program:prog-1')).toMatchObject({ startYear: 2022, budget: 1.5 });
    const lead = graph.edges('Agency:kemen-a', 'Program:prog-1').map((edge) => graph.getEdgeAttributes(edge));
    expect(lead).toEqual([expect.objectContaining({ type: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 })]);
    expect(graph.getAttribute('sourceNote')).toBe(SOURCE_NOTE);
  });
});

describe('GEXF', () => {
  it('NetworkX reads the counts and the attributes', async () => {
    const { file } = await exportText('gexf');
    const g = runPython<NetworkxSummary>(NETWORKX_SUMMARY, ['gexf', file]);
    expect(g.directed).toBe(true);
    expect([g.nodes, g.edges]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
    expect(g.agencyA).toMatchObject({ label: 'KA', kind: 'AGENCY', key: 'kemen-a', name: AGENCY_A_NAME, prop_kind: 'MINISTRY', sourceRefs: '["seeds/artikel-1.md"]' });
    expect(g.agencyB.name).toBe(AGENCY_B_NAME);
    expect(g.program).toMatchObject({ startYear: 2022, budget: 1.5 });
    expect(g.region).toMatchObject({ hasOutermostIslands: false, outermostIslandCount: 0 });
    expect(g.lead).toEqual([expect.objectContaining({ id: 'Agency:kemen-a|PARTICIPATES_IN|Program:prog-1', label: 'PARTICIPATES_IN', type: 'PARTICIPATES_IN', role: 'LEAD', weight: 1 })]);
  });

  it('graphology-gexf parses it, with the making in the meta', async () => {
    const { text } = await exportText('gexf');
    const graph = parseGexf(MultiDirectedGraph, text);
    expect([graph.order, graph.size]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
    expect(graph.getNodeAttributes('Agency:kemen-a')).toMatchObject({ label: 'KA', kind: 'AGENCY', name: AGENCY_A_NAME });
    expect(graph.getNodeAttributes('Program:prog-1')).toMatchObject({ startYear: 2022, budget: 1.5 });
    expect(graph.getAttribute('creator')).toMatch(/^kolaborasi-graph /);
    expect(graph.getAttribute('description')).toContain('selection: {"kind":"whole"}');
    expect(graph.getAttribute('description')).toContain(SOURCE_NOTE);
  });
});

/** csv-parse in strict mode: a header line first, every record as wide as it, no comment lines, quotes as RFC 4180 has them. */
const STRICT = { columns: true, relax_column_count: false, relax_quotes: false, bom: true, skip_empty_lines: false } as const;

describe('CSV', () => {
  it('csv-parse in strict mode reads nodes.csv: the header first, the metrics, one column per stored property', async () => {
    const { text } = await exportText('nodes.csv');
    expect(text.startsWith('"id","kind","key","label","degree","weightedDegree","betweenness","community",')).toBe(true);
    expect(text).not.toMatch(/^#/m);
    const rows = parseCsv(text, STRICT) as Array<Record<string, string>>;
    expect(rows).toHaveLength(WHOLE_NODES);
    expect(Object.keys(rows[0]!).slice(0, 8)).toEqual(['id', 'kind', 'key', 'label', 'degree', 'weightedDegree', 'betweenness', 'community']);
    for (const row of rows) expect([row.degree, row.betweenness, row.community].every((value) => value !== '' && Number.isFinite(Number(value)))).toBe(true);
    const a = rows.find((row) => row.id === 'Agency:kemen-a')!;
    expect(a).toMatchObject({ kind: 'AGENCY', key: 'kemen-a', label: 'KA', name: AGENCY_A_NAME, prop_kind: 'MINISTRY', startYear: '' });
    expect(JSON.parse(a.sourceTitles!)).toEqual(['Judul # satu, "kutip"']);
    expect(rows.find((row) => row.id === 'Agency:pemda-b')!.name).toBe(AGENCY_B_NAME);
    expect(rows.find((row) => row.id === 'Program:prog-1')).toMatchObject({ startYear: '2022', budget: '1.5' });
  });

  it('csv-parse in strict mode reads edges.csv', async () => {
    const { text, result } = await exportText('edges.csv');
    expect(result.nodes).toBe(0);
    expect(text.split('\n')[0]).toBe('"id","source","target","type","role","weight"');
    const rows = parseCsv(text, STRICT) as Array<Record<string, string>>;
    expect(rows).toHaveLength(WHOLE_EDGES);
    expect(rows.find((row) => row.type === 'PARTNERS_IN')).toEqual({
      id: 'Partner:univ|PARTNERS_IN|Program:prog-1', source: 'Partner:univ', target: 'Program:prog-1', type: 'PARTNERS_IN', role: 'RESEARCH', weight: '1',
    });
    expect(rows.find((row) => row.type === 'ADDRESSES')!.role).toBe('');
  });
});

describe('JSON', () => {
  it('Cytoscape.js takes cytoscape.json elements as they are; meta records the making', async () => {
    const { text } = await exportText('cytoscape.json');
    const json = JSON.parse(text) as { meta: Record<string, unknown>; elements: cytoscape.ElementsDefinition };
    expect(json.meta).toMatchObject({ selection: { kind: 'whole' }, createdAt: '2026-01-02T03:04:05.678Z', product: 'kolaborasi-graph', sourceNote: SOURCE_NOTE });
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect([cy.nodes().length, cy.edges().length]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
    expect(cy.getElementById('Agency:kemen-a').data()).toMatchObject({ kind: 'AGENCY', label: 'KA', sourceRefs: ['seeds/artikel-1.md'], degree: 1, weightedDegree: 1, betweenness: 0 });
    expect((JSON.parse(text) as { data: { directed: boolean } }).data.directed).toBe(true);
  });

  it('graphology imports graphology.json, with the making in the graph attributes', async () => {
    const { text } = await exportText('graphology.json');
    const graph = MultiDirectedGraph.from(JSON.parse(text));
    expect([graph.order, graph.size]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
    expect(graph.getAttributes()).toMatchObject({ selection: { kind: 'whole' }, sourceNote: SOURCE_NOTE });
    expect(graph.getNodeAttributes('Region:32')).toMatchObject({ kind: 'REGION', code: '32', hasOutermostIslands: false });
  });
});

describe('Cypher script', () => {
  it('run statement by statement into an empty database, it recreates the nodes, relationships and values', async () => {
    const { text } = await exportText('cypher');
    expect(text.split('\n').slice(0, 5).every((line) => line.startsWith('// '))).toBe(true);
    expect(text).toContain('// selection: {"kind":"whole"}');
    const statements = text.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('//'));
    expect(statements.every((statement) => statement.endsWith(';'))).toBe(true);
    await db.wipe();
    try {
      for (const statement of statements) await db.cypher(statement);
      const [counts] = await db.cypher<{ nodes: number; edges: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges');
      expect(counts).toEqual({ nodes: WHOLE_NODES, edges: WHOLE_EDGES });
      const [a] = await db.cypher<Record<string, unknown>>("MATCH (a:Agency {id: 'kemen-a'})-[r:PARTICIPATES_IN]->(:Program {id: 'prog-1'}) RETURN a.name AS name, a.sourceTitles AS titles, r.role AS role");
      expect(a).toEqual({ name: AGENCY_A_NAME, titles: ['Judul # satu, "kutip"'], role: 'LEAD' });
      const [b] = await db.cypher<Record<string, unknown>>("MATCH (b:Agency {id: 'pemda-b'}), (p:Program {id: 'prog-1'}), (r:Region {code: '32'}) RETURN b.name AS name, p.startYear AS year, p.budget AS budget, r.hasOutermostIslands AS remote");
      expect(b).toEqual({ name: AGENCY_B_NAME, year: 2022, budget: 1.5, remote: false });
      // MERGE: a second run changes nothing.
      for (const statement of statements) await db.cypher(statement);
      const [again] = await db.cypher<{ nodes: number; edges: number }>('MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges');
      expect(again).toEqual({ nodes: WHOLE_NODES, edges: WHOLE_EDGES });
    } finally {
      await db.wipe();
      await loadExportFixture(db);
    }
  });
});
