import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { VALID_BUNDLE, VALID_RECORDS } from './bundles.js';
import { dump, importRunCount, scratch } from './helpers.js';

/** `npm run import -- <path>`, as a user runs it, against the test database (NEO4J_URI: nothing embedded starts). */
let db: TestDatabase;
const files = scratch('cli');

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
});

afterAll(async () => {
  files.cleanup();
  await db.close();
});

function runImport(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword'), ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run import', () => {
  it('--dry-run says what would change, writes nothing and exits 0', async () => {
    const run = runImport([files.json('bundle.json', VALID_BUNDLE), '--dry-run']);
    expect(run.stdout).toMatch(/^import \(dry run, nothing written\): bundle\.json would create \d+, update 0 and leave 0 unchanged/);
    expect(run.status).toBe(0);
    expect(await importRunCount(db)).toBe(0);
  });

  it('imports, prints the counts and the run, then reports everything unchanged the second time', async () => {
    const path = files.json('bundle.json', VALID_BUNDLE);
    const first = runImport([path]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`^import: bundle\\.json: created \\d+, updated 0, unchanged 0 \\(${VALID_RECORDS} records`));
    expect(first.stdout).toMatch(/import run: [0-9a-f-]{36} \(sha256 [0-9a-f]{64}\)/);
    const before = await dump(db, { withRuns: false });
    const second = runImport([path, '--json']);
    expect(second.status).toBe(0);
    const report = JSON.parse(second.stdout) as { status: string; totals: { created: number; updated: number; unchanged: number } };
    expect(report.status).toBe('IMPORTED');
    expect(report.totals).toMatchObject({ created: 0, updated: 0 });
    expect(await dump(db, { withRuns: false })).toEqual(before);
    expect(await importRunCount(db)).toBe(2);
  });

  it('lists the problems up to --max-problems, counts the rest, and exits 1', async () => {
    const agencies = Array.from({ length: 5 }, (_, i) => ({ id: `bad-${i}`, name: 'Bad', kind: 'MINSTRY', level: 'NATIONAL' }));
    const run = runImport([files.json('bad.json', { agencies }), '--max-problems', '2']);
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n').slice(0, 4)).toEqual([
      'import: bad.json has 5 problems; nothing was written.',
      expect.stringMatching(/^ {2}bad\.json \$\.agencies\[0\]\.kind: must be one of MINISTRY, /),
      expect.stringMatching(/^ {2}bad\.json \$\.agencies\[1\]\.kind: /),
      '  ... and 3 more (raise --max-problems to see them)',
    ]);
  });

  it('fails in one line on stderr, exit 1: a lone CSV file not named after a section ("did you mean"), an unknown option, no path', () => {
    const alone = runImport([files.csv('alone', { 'partner.csv': 'id,name,helix\nx,X,MEDIA\n' }) + '/partner.csv']);
    expect(alone.stderr).toBe('import failed: partner.csv is not named after a section of a bundle: did you mean partners.csv? (a lone CSV file holds the section its name gives)\n');
    const option = runImport(['bundle.json', '--dryrun']);
    expect(option.stderr).toBe("import failed: unknown option '--dryrun' (Did you mean --dry-run?) (see npm run import -- --help)\n");
    const missing = runImport([]);
    expect(missing.stderr).toBe("import failed: missing required argument 'path' (see npm run import -- --help)\n");
    for (const run of [alone, option, missing]) expect(run.status).toBe(1);
  });

  it('reads a lone .csv file as CSV, its section from its name, comma or semicolon, with or without a BOM', async () => {
    const folder = files.csv('lone', {
      'partners.csv': 'id,name,helix\ncsv-koma,"Koma, Satu",ACADEMIA\n',
      'forums.csv': '\uFEFFid;name;kind\r\ncsv-titik-koma;"Forum; Dua, Tiga";COMMUNITY\r\n',
    });
    for (const name of ['partners.csv', 'forums.csv']) {
      const run = runImport([`${folder}/${name}`]);
      expect(run.stdout).toMatch(new RegExp(`^import: ${name.replace('.', '\\.')}: created 1, updated 0, unchanged 0 \\(1 records`));
      expect(run.status).toBe(0);
    }
    const names = await db.cypher<{ name: string }>("MATCH (n) WHERE n.id STARTS WITH 'csv-' RETURN n.name AS name ORDER BY name");
    expect(names.map((row) => row.name)).toEqual(['Forum; Dua, Tiga', 'Koma, Satu']);
  });

  it('says "did you mean" for a misspelled file or column before opening any database, and for a misspelled JSON field', () => {
    const folder = files.csv('misspelled', {
      'partner.csv': 'id,name,helix\nx,X,MEDIA\n',
      'HOLDS.csv': 'from,to\n',
      'forums.csv': 'id;nmae;kind\nx;X;EVENT\n',
    });
    // An address where nothing answers: the outline is refused before a database is opened.
    const unreachable = { NEO4J_URI: 'bolt://127.0.0.1:1' };
    const inFolder = runImport([folder], unreachable);
    expect(inFolder.stdout.split('\n').slice(0, 4)).toEqual([
      'import: misspelled has 3 problems; nothing was written.',
      '  forums.csv row 1, nmae: not a column of forums.csv: did you mean name? the columns are id, name, kind, year, place, sourceRef, sourceTitle',
      expect.stringMatching(/^ {2}HOLDS\.csv: not a section of a bundle: did you mean links\/HOLDS\.csv\? the files are agencies\.csv, /),
      expect.stringMatching(/^ {2}partner\.csv: not a section of a bundle: did you mean partners\.csv\? the files are /),
    ]);
    const lone = runImport([`${folder}/forums.csv`], unreachable);
    expect(lone.stdout).toMatch(/^ {2}forums\.csv row 1, nmae: not a column of forums\.csv: did you mean name\? /m);
    for (const run of [inFolder, lone]) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
    }
    const json = runImport([files.json('field.json', { partners: [{ id: 'x', nmae: 'X', helix: 'MEDIA' }] })]);
    expect(json.stdout).toContain('  field.json $.partners[0].nmae: is not a field of this section: did you mean name?');
    expect(json.status).toBe(1);
  });

  it('says so in one line when the path does not exist, or an option is wrong', () => {
    const missing = runImport(['/nonexistent/bundle.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('import failed: there is no file or folder at /nonexistent/bundle.json');
    const option = runImport([files.json('bundle.json', VALID_BUNDLE), '--batch-size', '0']);
    expect(option.status).not.toBe(0);
    expect(option.stderr).toMatch(/--batch-size.*must be a whole number of at least 1/);
  });
});
