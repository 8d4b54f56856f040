import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadExportFixture } from './fixture.js';

/**
 * Issue 13, must-hold 4, for `npm run export`: every failure is one line and a non-zero exit,
 * never a stack trace; an option that does not apply is refused, not ignored; the default depth
 * of a --focus export is the explorer's (2).
 */

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await loadExportFixture(db);
  dir = mkdtempSync(join(tmpdir(), 'kolaborasi-export-failures-'));
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run { status: number | null; stderr: string; lines: string[] }

/**
 * `npm run export -- <args>` as a process of its own, against the test database. The runs of a
 * test start together (each spends most of its time loading tsx, not in the database).
 */
function runExport(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/export.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword') },
    }, (error, _stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      // The line that says which Neo4j it uses is progress, not part of a failure.
      resolve({ status, stderr, lines: stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('neo4j: using')) });
    });
  });
}

/** Exactly one line on stderr, `export failed: ...`, no stack frame, exit status 1. */
function expectOneLineFailure(run: Run, message: RegExp) {
  expect(run.lines, run.stderr).toHaveLength(1);
  expect(run.lines[0]).toMatch(/^export failed: /);
  expect(run.lines[0]).toMatch(message);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.status).toBe(1);
}

describe('npm run export: failures in one line', () => {
  it('--out into a missing folder names the folder', async () => {
    const file = join(dir, 'missing', 'deeper', 'graph.graphml');
    expectOneLineFailure(await runExport(['--format', 'graphml', '--out', file]), new RegExp(`the folder ${join(dir, 'missing', 'deeper')} does not exist [(]create it first[)]$`));
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('the CSV bundle makes its own folder when the one above it exists, and refuses a missing chain', async () => {
    const folder = join(dir, 'bundle');
    const zip = join(dir, 'bundle.zip');
    const unmade = join(dir, 'unknown-theme');
    const [noFolder, noZipFolder, made, zipped, unknownTheme] = await Promise.all([
      runExport(['--format', 'csv', '--out', join(dir, 'nope', 'bundle')]),
      runExport(['--format', 'csv', '--out', join(dir, 'nope', 'bundle.zip')]),
      runExport(['--format', 'csv', '--out', folder]),
      runExport(['--format', 'csv', '--out', zip]),
      runExport(['--format', 'csv', '--out', unmade, '--collaboration', '--theme', 'nope']),
    ]);
    // A failed export takes back the folder it made.
    expectOneLineFailure(unknownTheme, /Theme nope|nope/);
    expect(existsSync(unmade)).toBe(false);
    expectOneLineFailure(noFolder, new RegExp(`the folder ${join(dir, 'nope')} does not exist`));
    expectOneLineFailure(noZipFolder, new RegExp(`the folder ${join(dir, 'nope')} does not exist`));
    expect(made.status, made.stderr).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['edges.csv', 'metadata.json', 'nodes.csv']);
    expect(JSON.parse(readFileSync(join(folder, 'metadata.json'), 'utf8'))).toMatchObject({ counts: { nodes: 7, edges: 7 } });
    expect(zipped.status, zipped.stderr).toBe(0);
    expect(readFileSync(zip).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses --theme, --region and --min-weight without --collaboration or with --focus', async () => {
    const [theme, themeFocus, regionFocus, minWeight, twoWays] = await Promise.all([
      runExport(['--format', 'graphml', '--theme', 'digitalisasi']),
      runExport(['--format', 'graphml', '--focus', 'Agency:kemen-a', '--theme', 'digitalisasi']),
      runExport(['--format', 'graphml', '--focus', 'Agency:kemen-a', '--region', '32']),
      runExport(['--format', 'graphml', '--min-weight', '2']),
      runExport(['--format', 'graphml', '--collaboration', '--focus', 'Agency:kemen-a']),
    ]);
    expectOneLineFailure(theme, /--theme applies to --collaboration only$/);
    expectOneLineFailure(themeFocus, /--theme applies to --collaboration only \(with --focus, put the filter in a --selection JSON/);
    expectOneLineFailure(regionFocus, /--region applies to --collaboration only/);
    expectOneLineFailure(minWeight, /--min-weight applies to --collaboration only$/);
    expectOneLineFailure(twoWays, /give one of --selection, --focus or --collaboration$/);
  });

  it('refuses --depth without --focus, --limit for the whole graph, and selection options beside --selection', async () => {
    const [depthCollaboration, limit, withSelection] = await Promise.all([
      runExport(['--format', 'graphml', '--collaboration', '--depth', '2']),
      runExport(['--format', 'graphml', '--limit', '10']),
      runExport(['--format', 'graphml', '--selection', '{"kind":"whole"}', '--depth', '2']),
    ]);
    expectOneLineFailure(depthCollaboration, /--depth applies to --focus only$/);
    expectOneLineFailure(limit, /--limit applies to --focus or --collaboration only/);
    expectOneLineFailure(withSelection, /--depth cannot be given with --selection/);
  });

  it('an unknown format or option gets "did you mean"; a missing --format and a bad number say so', async () => {
    const [format, option, missing, number] = await Promise.all([
      runExport(['--format', 'nodes.cvs']),
      runExport(['--format', 'graphml', '--colaboration']),
      runExport(['--out', 'x.graphml']),
      runExport(['--format', 'graphml', '--depth', 'two', '--focus', 'Agency:kemen-a']),
    ]);
    expectOneLineFailure(format, /did you mean --format nodes\.csv\? nodes\.cvs is not a format: give one of graphml, gexf/);
    expectOneLineFailure(option, /unknown option '--colaboration'.*Did you mean --collaboration\?/);
    expectOneLineFailure(missing, /required option '-f, --format <format>' not specified/);
    expectOneLineFailure(number, /--depth <n>.*not a whole number/);
  });

  it('a file that cannot be written is one line too, and what stood there is left alone', async () => {
    // The bundle's nodes.csv is a folder: opening it fails (EISDIR) once the export has begun.
    const folder = join(dir, 'blocked');
    mkdirSync(join(folder, 'nodes.csv'), { recursive: true });
    expectOneLineFailure(await runExport(['--format', 'csv', '--out', folder]), /EISDIR|illegal operation on a directory/i);
    expect(statSync(join(folder, 'nodes.csv')).isDirectory()).toBe(true);
  });

  it('the default depth of a --focus export is the explorer\'s, 2: the same file as --depth 2', async () => {
    const byDefault = join(dir, 'default.graphology.json');
    const two = join(dir, 'two.graphology.json');
    const runs = await Promise.all([
      runExport(['--format', 'graphology.json', '--out', byDefault, '--focus', 'Agency:kemen-a']),
      runExport(['--format', 'graphology.json', '--out', two, '--focus', 'Agency:kemen-a', '--depth', '2']),
    ]);
    expect(runs.map((run) => run.status)).toEqual([0, 0]);
    const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { attributes: { selection: { depth: number } }; nodes: unknown[]; edges: unknown[] };
    const [a, b] = [read(byDefault), read(two)];
    expect(a.attributes.selection.depth).toBe(2);
    expect(a.nodes).toEqual(b.nodes);
    expect(a.edges).toEqual(b.edges);
    // Depth 2 reaches past kemen-a's program (depth 1 holds only the two of them).
    expect(a.nodes.length).toBeGreaterThan(2);
    const explorer = readFileSync('web/explorer/index.html', 'utf8');
    expect(explorer).toMatch(/<select id="depth"[^>]*>(?:<option>\d<\/option>)*<option selected>2<\/option>/);
  });
});
