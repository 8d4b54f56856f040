import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadExportFixture, WHOLE_EDGES, WHOLE_NODES } from './fixture.js';

/** csv-parse in strict mode: the header first, every record as wide as it, no comment lines. */
const STRICT = { columns: true, relax_column_count: false, relax_quotes: false, bom: true } as const;

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await loadExportFixture(db);
  dir = mkdtempSync(join(tmpdir(), 'kolaborasi-export-cli-'));
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** `npm run export -- <args>`, against the test database (NEO4J_URI: nothing embedded starts). */
function runExport(args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword') },
  });
  return { status: run.status, stderr: run.stderr };
}

describe('npm run export', () => {
  it('writes the whole graph to the file named, and says how much it wrote', () => {
    const file = join(dir, 'graph.nodes.csv');
    const run = runExport(['--format', 'nodes.csv', '--out', file]);
    expect(run.stderr).toContain(`export: ${file}: ${WHOLE_NODES} nodes, 0 edges`);
    expect(run.status).toBe(0);
    const rows = parseCsv(readFileSync(file, 'utf8'), STRICT) as unknown[];
    expect(rows).toHaveLength(WHOLE_NODES);
  });

  it('takes a selection as JSON', () => {
    const file = join(dir, 'graph.edges.csv');
    const run = runExport(['--format', 'edges.csv', '--out', file, '--selection', '{"kind":"whole"}']);
    expect(run.status).toBe(0);
    expect(parseCsv(readFileSync(file, 'utf8'), STRICT)).toHaveLength(WHOLE_EDGES);
  });

  it('builds a network selection from --focus and --depth, and a collaboration one from --collaboration', () => {
    const network = join(dir, 'network.graphology.json');
    expect(runExport(['--format', 'graphology.json', '--out', network, '--focus', 'Agency:kemen-a', '--depth', '1']).status).toBe(0);
    const json = JSON.parse(readFileSync(network, 'utf8')) as { attributes: { selection: unknown }; nodes: Array<{ key: string }>; edges: unknown[] };
    // Depth 1 from kemen-a: its program only (LIKES is not an allowed type); one edge between them.
    expect(json.nodes.map((node) => node.key).sort()).toEqual(['Agency:kemen-a', 'Program:prog-1']);
    expect(json.edges).toHaveLength(1);
    expect(json.attributes.selection).toEqual({ kind: 'network', focus: [{ kind: 'AGENCY', key: 'kemen-a' }], depth: 1, limit: 300 });
    const collaboration = join(dir, 'collaboration.edges.csv');
    expect(runExport(['--format', 'edges.csv', '--out', collaboration, '--collaboration']).status).toBe(0);
    const rows = parseCsv(readFileSync(collaboration, 'utf8'), STRICT) as Array<Record<string, string>>;
    expect(rows.map((row) => row.type)).toEqual(['COLLABORATES_WITH']);
  });

  it('stops with one clear line and a non-zero exit on a bad parameter, leaving no file', () => {
    const file = join(dir, 'bad.graphml');
    const badFormat = runExport(['--format', 'pdf', '--out', file]);
    expect(badFormat.status).toBe(1);
    expect(badFormat.stderr.trim()).toMatch(/^export failed: pdf is not a format: give one of graphml, gexf, .*, csv$/);
    const badDepth = runExport(['--format', 'graphml', '--out', file, '--focus', 'Agency:kemen-a', '--depth', '7']);
    expect(badDepth.status).toBe(1);
    expect(badDepth.stderr.trim()).toMatch(/^export failed: Invalid input: selection\.depth: must be 1, 2 or 3$/);
    const badFocus = runExport(['--format', 'graphml', '--out', file, '--focus', 'Planet:mars']);
    expect(badFocus.status).toBe(1);
    expect(badFocus.stderr).toContain('give Kind:key');
    expect(existsSync(file)).toBe(false);
  });
});
