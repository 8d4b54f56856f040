import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBundleFolder } from '../../src/modules/export/bundle.js';
import { exportGraph } from '../../src/modules/export/exportGraph.js';
import type { ExportFormat } from '../../src/modules/export/formats.js';
import { WHOLE_METRICS_MAX_NODES, wholeStructure } from '../../src/modules/export/wholeMetrics.js';
import type { Selection } from '../../src/modules/network/selection.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { runPython } from '../support/tools.js';

/**
 * Issue 13, must-hold 3: what researchers open the exports with. A collaboration network of four
 * agencies in a line (hyper = B = C - D, the first pair sharing two programs), one of them named
 * as a spreadsheet formula, and programs with years:
 *
 *   p1 (2021-2023): hyper, ag-b     p2 (2024-):  ag-b, ag-c
 *   p4 (2019-2020): hyper, ag-b     p3 (no years): ag-c, ag-d        every program ADDRESSES t
 */
const HYPERLINK = '=HYPERLINK("http://x","y")';
const COLLABORATION: Selection = { kind: 'collaboration', minWeight: 1, limit: 300 };
const PROGRAMS: Selection = { kind: 'network', focus: [{ kind: 'THEME', key: 't' }], depth: 1, limit: 300 };
const STRICT = { columns: true, relax_column_count: false, relax_quotes: false, bom: true } as const;

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await db.cypher(
    `CREATE (h:Agency {id: 'hyper', name: $hyper, kind: 'MINISTRY', level: 'NATIONAL'})
     CREATE (b:Agency {id: 'ag-b', name: 'Agency B', acronym: 'AB', kind: 'MINISTRY', level: 'NATIONAL'})
     CREATE (c:Agency {id: 'ag-c', name: 'Agency C', kind: 'MINISTRY', level: 'NATIONAL', note: '-5'})
     CREATE (d:Agency {id: 'ag-d', name: '@Agency D', kind: 'MINISTRY', level: 'NATIONAL', balance: -5})
     CREATE (t:Theme {id: 't', name: 'Tema'})
     CREATE (p1:Program {id: 'p1', name: 'Program 1', startYear: 2021, endYear: 2023})
     CREATE (p2:Program {id: 'p2', name: 'Program 2', startYear: 2024})
     CREATE (p3:Program {id: 'p3', name: 'Program 3'})
     CREATE (p4:Program {id: 'p4', name: 'Program 4', startYear: 2019, endYear: 2020})
     CREATE (h)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p1), (b)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p1)
     CREATE (b)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p2), (c)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p2)
     CREATE (c)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p3), (d)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p3)
     CREATE (h)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p4), (b)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p4)
     FOREACH (p IN [p1, p2, p3, p4] | CREATE (p)-[:ADDRESSES]->(t))`,
    { hyper: HYPERLINK },
  );
  dir = mkdtempSync(join(tmpdir(), 'kolaborasi-researchers-'));
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportFile(format: ExportFormat, selection: Selection, name: string) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const result = await exportGraph(db.executor, selection, format, out);
  out.end();
  const bytes = Buffer.concat(chunks);
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return { text: bytes.toString('utf8'), bytes, file, result };
}

/** NetworkX's view of a file: the graph class, and per node our metrics beside its own. */
const NETWORKX_METRICS = `
import json, sys
import networkx as nx
G = nx.read_graphml(sys.argv[2]) if sys.argv[1] == 'graphml' else nx.read_gexf(sys.argv[2])
simple = nx.Graph(G)
between = nx.betweenness_centrality(simple, normalized=True)
print(json.dumps({
  'class': type(G).__name__,
  'directed': G.is_directed(),
  'graph': G.graph,
  'nodes': {n: {**d, 'nxDegree': G.degree(n), 'nxWeightedDegree': G.degree(n, weight='weight'), 'nxBetweenness': between[n]} for n, d in G.nodes(data=True)},
}, default=str))
`;

interface NetworkxMetrics {
  class: string;
  directed: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown> & { nxDegree: number; nxWeightedDegree: number; nxBetweenness: number }>;
}

describe('the collaboration network, undirected', () => {
  it('NetworkX reads the GraphML as an undirected Graph, with degree, weightedDegree, betweenness and community on every node, equal to its own', async () => {
    const { text, file } = await exportFile('graphml', COLLABORATION, 'collaboration.graphml');
    expect(text).toContain('<graph id="G" edgedefault="undirected">');
    const g = runPython<NetworkxMetrics>(NETWORKX_METRICS, ['graphml', file]);
    expect(g.class).toBe('Graph');
    expect(g.graph.directed).toBe('false');
    expect(Object.keys(g.nodes).sort()).toEqual(['Agency:ag-b', 'Agency:ag-c', 'Agency:ag-d', 'Agency:hyper']);
    for (const node of Object.values(g.nodes)) {
      expect(node).toMatchObject({ degree: expect.any(Number), weightedDegree: expect.any(Number), betweenness: expect.any(Number), community: expect.any(Number) });
      expect(node.degree).toBe(node.nxDegree);
      expect(node.weightedDegree).toBe(node.nxWeightedDegree);
      expect(node.betweenness as number).toBeCloseTo(node.nxBetweenness, 9);
    }
    // A line hyper = B - C - D: B and C carry every path across, hyper and D none.
    expect(g.nodes['Agency:ag-b']).toMatchObject({ degree: 2, weightedDegree: 3 });
    expect(g.nodes['Agency:ag-b']!.betweenness as number).toBeCloseTo(2 / 3, 9);
    expect(g.nodes['Agency:hyper']).toMatchObject({ degree: 1, weightedDegree: 2, betweenness: 0 });
  });

  it('the GEXF says defaultedgetype="undirected" and NetworkX reads an undirected graph with the metrics', async () => {
    const { text, file } = await exportFile('gexf', COLLABORATION, 'collaboration.gexf');
    expect(text).toContain('<graph defaultedgetype="undirected" mode="dynamic" timeformat="date">');
    const g = runPython<NetworkxMetrics>(NETWORKX_METRICS, ['gexf', file]);
    expect(g.directed).toBe(false);
    for (const node of Object.values(g.nodes)) {
      expect(node.degree).toBe(node.nxDegree);
      expect(node.community).toEqual(expect.any(Number));
      expect(node.betweenness as number).toBeCloseTo(node.nxBetweenness, 9);
    }
  });

  it('graphology.json is an undirected graph and cytoscape.json says directed: false; a network view stays directed', async () => {
    const graphology = JSON.parse((await exportFile('graphology.json', COLLABORATION, 'c.graphology.json')).text) as { options: { type: string } };
    expect(graphology.options.type).toBe('undirected');
    const graph = UndirectedGraph.from(graphology as never);
    expect([graph.order, graph.size]).toEqual([4, 3]);
    expect(graph.getNodeAttributes('Agency:ag-c')).toMatchObject({ degree: 2, weightedDegree: 2, community: expect.any(Number) });
    const cytoscape = JSON.parse((await exportFile('cytoscape.json', COLLABORATION, 'c.cytoscape.json')).text) as { data: { directed: boolean }; elements: { edges: Array<{ data: { directed: boolean } }> } };
    expect(cytoscape.data.directed).toBe(false);
    expect(cytoscape.elements.edges.every((edge) => edge.data.directed === false)).toBe(true);
    const network = JSON.parse((await exportFile('graphology.json', PROGRAMS, 'n.graphology.json')).text) as { options: { type: string } };
    expect(network.options.type).toBe('directed');
    expect((await exportFile('graphml', PROGRAMS, 'n.graphml')).text).toContain('edgedefault="directed"');
  });
});

describe('program years in GEXF', () => {
  it('programs carry start and end dates (mode="dynamic", timeformat="date"); the file is valid GEXF 1.2 and NetworkX and graphology-gexf read it', async () => {
    const { text, file } = await exportFile('gexf', PROGRAMS, 'programs.gexf');
    expect(text).toMatch(/<node id="Program:p1" label="Program 1" start="2021-01-01" end="2023-12-31">/);
    expect(text).toMatch(/<node id="Program:p2" label="Program 2" start="2024-01-01">/);
    expect(text).toMatch(/<node id="Program:p3" label="Program 3">/);
    const schema = join(process.cwd(), 'test/export/schemas/gexf-1.2draft/gexf.xsd');
    const valid = runPython<{ valid: boolean; errors: string[] }>(`
import json, sys
from lxml import etree
schema = etree.XMLSchema(etree.parse(sys.argv[1]))
doc = etree.parse(sys.argv[2])
ok = schema.validate(doc)
print(json.dumps({'valid': ok, 'errors': [str(e) for e in schema.error_log][:5]}))
`, [schema, file]);
    expect(valid).toEqual({ valid: true, errors: [] });
    const g = runPython<NetworkxMetrics>(NETWORKX_METRICS, ['gexf', file]);
    expect(g.graph.mode).toBe('dynamic');
    expect(g.nodes['Program:p1']).toMatchObject({ start: '2021-01-01', end: '2023-12-31', startYear: 2021, endYear: 2023 });
    expect(g.nodes['Program:p3']!.start).toBeUndefined();
    const graph = parseGexf(MultiDirectedGraph, text);
    // The view: the theme and its four programs, one ADDRESSES edge each.
    expect(graph.order).toBe(5);
    expect(graph.getNodeAttributes('Theme:t')).toMatchObject({ degree: 4, betweenness: 1 });
    expect(graph.getNodeAttributes('Program:p4')).toMatchObject({ startYear: 2019, degree: 1, betweenness: 0 });
  });

  it('the collaboration GEXF is valid GEXF 1.2 too', async () => {
    const { file } = await exportFile('gexf', COLLABORATION, 'collaboration-valid.gexf');
    const schema = join(process.cwd(), 'test/export/schemas/gexf-1.2draft/gexf.xsd');
    const valid = runPython<boolean>('import sys; from lxml import etree; print("true" if etree.XMLSchema(etree.parse(sys.argv[1])).validate(etree.parse(sys.argv[2])) else "false")', [schema, file]);
    expect(valid).toBe(true);
  });
});

describe('CSV: plain, strict, inert', () => {
  it('a node named =HYPERLINK(...) comes out with a leading quote; text like -5 too, while numbers stay numbers', async () => {
    const { text } = await exportFile('nodes.csv', COLLABORATION, 'c.nodes.csv');
    const rows = parseCsv(text, STRICT) as Array<Record<string, string>>;
    const hyper = rows.find((row) => row.id === 'Agency:hyper')!;
    expect(hyper.label).toBe(`'${HYPERLINK}`);
    expect(hyper.name).toBe(`'${HYPERLINK}`);
    const d = rows.find((row) => row.id === 'Agency:ag-d')!;
    expect(d.name).toBe("'@Agency D");
    // A stored number -5 is a number (unquoted in the file); a stored text '-5' is text and neutralised.
    expect(text).toMatch(/,-5,/);
    expect(rows.find((row) => row.id === 'Agency:ag-c')!.note).toBe("'-5");
    expect(d.balance).toBe('-5');
    // No cell a spreadsheet would run: every one starts with something other than = + - @ tab CR, or is a number.
    for (const row of rows) for (const value of Object.values(row)) expect(/^[=+@\t\r]/.test(value) || (/^-/.test(value) && !Number.isFinite(Number(value)))).toBe(false);
  });

  it('the bundle in a folder: nodes.csv, edges.csv and metadata.json, the CSVs strict, the metadata with the making and the counts', async () => {
    const folder = mkdtempSync(join(dir, 'bundle-'));
    const result = await writeBundleFolder(db.executor, COLLABORATION, folder);
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'metadata.json', 'nodes.csv']);
    const nodes = parseCsv(readFileSync(join(folder, 'nodes.csv'), 'utf8'), STRICT) as unknown[];
    const edges = parseCsv(readFileSync(join(folder, 'edges.csv'), 'utf8'), STRICT) as Array<Record<string, string>>;
    expect([nodes.length, edges.length]).toEqual([4, 3]);
    expect(edges.find((edge) => edge.source === 'Agency:ag-b' && edge.target === 'Agency:hyper')?.weight).toBe('2');
    const metadata = JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8')) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      selection: COLLABORATION, product: 'kolaborasi-graph', directed: false, counts: { nodes: 4, edges: 3 }, truncated: false,
      files: { 'nodes.csv': { rows: 4 }, 'edges.csv': { rows: 3, columns: ['id', 'source', 'target', 'type', 'role', 'weight'] } },
    });
    expect(metadata.createdAt).toBe(result.meta.createdAt);
    expect((metadata.files as { 'nodes.csv': { columns: string[] } })['nodes.csv'].columns.slice(0, 8)).toEqual(['id', 'kind', 'key', 'label', 'degree', 'weightedDegree', 'betweenness', 'community']);
  });

  it('the bundle as csv.zip: Python\'s zipfile finds the three files, metadata.json parses, csv-parse reads the CSVs', async () => {
    const { file, result } = await exportFile('csv.zip', { kind: 'whole' }, 'whole.csv.zip');
    expect(result).toMatchObject({ nodes: 9, edges: 12 });
    const zip = runPython<{ names: string[]; nodes: string; edges: string; metadata: string; bad: string | null }>(`
import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
read = lambda name: z.read(name).decode('utf-8')
print(json.dumps({'names': z.namelist(), 'bad': z.testzip(), 'nodes': read('nodes.csv'), 'edges': read('edges.csv'), 'metadata': read('metadata.json')}))
`, [file]);
    expect(zip.names).toEqual(['nodes.csv', 'edges.csv', 'metadata.json']);
    expect(zip.bad).toBeNull();
    const nodes = parseCsv(zip.nodes, STRICT) as Array<Record<string, string>>;
    expect(nodes).toHaveLength(9);
    expect(parseCsv(zip.edges, STRICT)).toHaveLength(12);
    expect(JSON.parse(zip.metadata)).toMatchObject({ selection: { kind: 'whole' }, directed: true, counts: { nodes: 9, edges: 12 } });
    // The whole graph is small: betweenness and community are on every node.
    for (const node of nodes) expect(node.betweenness !== '' && node.community !== '').toBe(true);
    expect(nodes.find((node) => node.id === 'Agency:hyper')!.label).toBe(`'${HYPERLINK}`);
  });
});

describe('whole-graph metrics', () => {
  it('are left out, and the metadata says why, past the bounds; degree stays', async () => {
    const past = await wholeStructure(db.executor, { nodes: WHOLE_METRICS_MAX_NODES + 1, edges: 10 });
    expect(past.metrics).toBeNull();
    expect(past.note).toMatch(/betweenness and community are left out .* past the bound they are computed for/);
    const work = await wholeStructure(db.executor, { nodes: 20_000, edges: 20_000 });
    expect(work.note).toMatch(/nodes x \(nodes \+ edges\) at most 600,000,000/);
    // Two exports of the same graph at once share one measurement.
    const [first, second] = [wholeStructure(db.executor, { nodes: 9, edges: 12 }), wholeStructure(db.executor, { nodes: 9, edges: 12 })];
    expect(first).toBe(second);
    const within = await first;
    expect(within.metrics?.get('Program:p1')).toEqual({ betweenness: expect.any(Number), community: expect.any(Number) });
    expect(within.metrics?.size).toBe(9);
    // One measurement at a time: an export of a graph that changed meanwhile does not queue behind it.
    const running = wholeStructure(db.executor, { nodes: 600, edges: 600 });
    const meanwhile = await wholeStructure(db.executor, { nodes: 601, edges: 600 });
    expect(meanwhile.metrics).toBeNull();
    expect(meanwhile.note).toMatch(/another export was measuring the whole graph at the time/);
    expect((await running).metrics?.size).toBe(9);
  });
});
