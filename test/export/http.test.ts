import { createAuthenticator } from '../../src/auth/authenticate.js';
import { DEFAULT_AUTH } from '../../src/auth/settings.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { exportRouter } from '../../src/modules/export/exportRoute.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadExportFixture, WHOLE_EDGES, WHOLE_NODES } from './fixture.js';

let db: TestDatabase;
let server: Server;
let base: string;
const logged: string[] = [];

async function listen(app: express.Express): Promise<{ server: Server; base: string }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((done) => server.once('listening', done));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await loadExportFixture(db);
  const app = express();
  app.use(exportRouter(db.executor, createAuthenticator(DEFAULT_AUTH), (line) => logged.push(line)));
  ({ server, base } = await listen(app));
});

afterAll(async () => {
  server.close();
  await db.close();
});

const get = (query: string) => fetch(`${base}/export?${query}`);
const selectionParam = (selection: unknown) => `selection=${encodeURIComponent(JSON.stringify(selection))}`;

describe('GET /export', () => {
  it('streams the whole graph as GraphML with its Content-Type and an attachment file name', async () => {
    const response = await get('format=graphml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="kolaborasi-whole-\d{8}-\d{6}\.graphml"$/);
    const graph = parseGraphml(MultiDirectedGraph, await response.text());
    expect([graph.order, graph.size]).toEqual([WHOLE_NODES, WHOLE_EDGES]);
  });

  it('gives each format its Content-Type and extension', async () => {
    const expected: Array<[string, string, string]> = [
      ['gexf', 'application/xml; charset=utf-8', 'gexf'],
      ['nodes.csv', 'text/csv; charset=utf-8; header=present', 'nodes.csv'],
      ['edges.csv', 'text/csv; charset=utf-8; header=present', 'edges.csv'],
      ['cytoscape.json', 'application/json; charset=utf-8', 'cytoscape.json'],
      ['graphology.json', 'application/json; charset=utf-8', 'graphology.json'],
      ['cypher', 'text/plain; charset=utf-8', 'cypher'],
      ['csv.zip', 'application/zip', 'csv.zip'],
    ];
    for (const [format, contentType, extension] of expected) {
      const response = await get(`format=${encodeURIComponent(format)}&${selectionParam({ kind: 'whole' })}`);
      expect(response.status, format).toBe(200);
      expect(response.headers.get('content-type'), format).toBe(contentType);
      expect(response.headers.get('content-disposition'), format).toMatch(new RegExp(`filename="kolaborasi-whole-\\d{8}-\\d{6}\\.${extension.replace(/\./g, '\\.')}"$`));
      expect((await response.arrayBuffer()).byteLength, format).toBeGreaterThan(100);
    }
  });

  it('answers 400 naming the parameter at fault', async () => {
    const cases: Array<[string, string]> = [
      ['', 'format'],
      ['format=pdf', 'format'],
      ['format=graphml&selection=%7Bnope', 'selection'],
      [`format=graphml&${selectionParam({ kind: 'everything' })}`, 'selection.kind'],
      [`format=graphml&${selectionParam({ kind: 'network', focus: [{ kind: 'AGENCY', key: 'kemen-a' }], depth: 5 })}`, 'selection.depth'],
      [`format=graphml&${selectionParam({ kind: 'network', focus: [] })}`, 'selection.focus'],
    ];
    for (const [query, field] of cases) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get('content-disposition'), query).toBeNull();
      const body = (await response.json()) as { error: { code: string; field: string; message: string } };
      expect(body.error, query).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(body.error.message, query).toContain(field);
    }
  });
});

describe('GET /export of views', () => {
  it('exports a network view: the focus agency, its program, and at depth 2 what the program links to (no indicators by default)', async () => {
    const selection = { kind: 'network', focus: [{ kind: 'AGENCY', key: 'kemen-a' }], depth: 2 };
    const response = await get(`format=graphml&${selectionParam(selection)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/filename="kolaborasi-network-\d{8}-\d{6}\.graphml"/);
    const graph = parseGraphml(MultiDirectedGraph, await response.text());
    expect(graph.nodes().sort()).toEqual(['Agency:kemen-a', 'Agency:pemda-b', 'Partner:univ', 'Program:prog-1', 'Region:32', 'Theme:digitalisasi']);
    expect(graph.size).toBe(6);
    // The file records the selection as it was applied, defaults filled in.
    expect(JSON.parse(graph.getAttribute('selection') as string)).toEqual({ ...selection, limit: 300 });
  });

  it('exports the collaboration network: the two agencies of prog-1, linked with weight 1', async () => {
    const response = await get(`format=edges.csv&${selectionParam({ kind: 'collaboration' })}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    // Plain CSV: the header is the first line (the making is in the csv.zip bundle's metadata.json).
    expect(text.split('\n')[0]).toBe('"id","source","target","type","role","weight"');
    const rows = parseCsv(text, { columns: true, relax_column_count: false, relax_quotes: false, bom: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'COLLABORATES_WITH', weight: '1' });
    expect([rows[0]!.source, rows[0]!.target].sort()).toEqual(['Agency:kemen-a', 'Agency:pemda-b']);
  });

  it('sends the CSV bundle as one .zip: nodes.csv, edges.csv and metadata.json', async () => {
    const response = await get(`format=csv.zip&${selectionParam({ kind: 'collaboration' })}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/filename="kolaborasi-collaboration-\d{8}-\d{6}\.csv\.zip"/);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv', 'metadata.json']);
    const metadata = JSON.parse(strFromU8(files['metadata.json']!)) as { directed: boolean; counts: { nodes: number; edges: number } };
    expect(metadata).toMatchObject({ directed: false, counts: { nodes: 2, edges: 1 } });
    expect(parseCsv(strFromU8(files['nodes.csv']!), { columns: true, relax_column_count: false, bom: true })).toHaveLength(2);
  });

  it('answers 404 NOT_FOUND for a focus node that does not exist, before sending anything', async () => {
    const response = await get(`format=gexf&${selectionParam({ kind: 'network', focus: [{ kind: 'AGENCY', key: 'nobody' }] })}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-disposition')).toBeNull();
    // Regression: the error once went out labelled as the file's application/xml.
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
  });
});

describe('a failure after streaming began', () => {
  it('is logged and the response is destroyed, so the download breaks instead of looking complete', async () => {
    // A driver whose node stream yields ~1.5 MB of rows (well past the first flushed chunk) and then fails.
    const failingDriver = {
      session: () => ({
        run: () => (async function* () {
          for (let i = 0; i < 10_000; i += 1) yield { toObject: () => ({ label: 'Theme', properties: { id: `t${i}`, name: 'x'.repeat(120) }, degree: 0 }) };
          throw new Error('connection to Neo4j lost');
        })(),
        close: async () => undefined,
      }),
    } as unknown as Driver;
    const app = express();
    const lines: string[] = [];
    app.use(exportRouter(Executor.forDriver(failingDriver), createAuthenticator(DEFAULT_AUTH), (line) => lines.push(line)));
    const broken = await listen(app);
    try {
      // cypher: a format without metrics, so the node stream is the first read of the driver.
      const response = await fetch(`${broken.base}/export?format=cypher`);
      expect(response.status).toBe(200);
      await expect(response.text()).rejects.toThrow();
      expect(lines.join('\n')).toMatch(/failed after streaming began: .*connection to Neo4j lost/);
    } finally {
      broken.server.close();
    }
  });
});
