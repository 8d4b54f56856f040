import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importBundle } from '../../src/modules/import/importBundle.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { testApi, type TestApi } from '../support/api.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { importRunCount, scratch } from './helpers.js';

/**
 * Finding 7 of issue 12: `npm run import` took the contents of a `__proto__` key as the record's
 * fields, while the importBundle mutation refused the key. The file reader built records with
 * `record[key] = value`, which for `__proto__` sets the record's prototype: the strict schema saw
 * no unknown key, and `name`, `kind` and `level` were read through the prototype.
 */

let db: TestDatabase;
let api: TestApi;
const files = scratch('proto');

/** Written as text: an object literal with `__proto__` would not carry the key into JSON.stringify. */
const BUNDLE = `{
  "agencies": [
    { "id": "proto-agency", "__proto__": { "name": "Hidden Agency", "kind": "MINISTRY", "level": "NATIONAL" } }
  ]
}`;

const EXPECTED_PROBLEM = { path: '$.agencies[0]', field: '__proto__', reason: 'is not a field of this section' };

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  api = await testApi(db.executor);
});

afterAll(async () => {
  files.cleanup();
  await api?.stop();
  await db?.close();
});

const agencies = async () => (await db.cypher<{ id: string }>('MATCH (a:Agency) RETURN a.id AS id')).map((row) => row.id);

describe('__proto__ keys in an imported bundle', () => {
  it('are refused by the importBundle mutation', async () => {
    const data = await api.ok<{ importBundle: { status: string; problems: unknown[] } }>(
      'mutation ($bundle: JSON!) { importBundle(bundle: $bundle) { status problems { path field reason } } }',
      { bundle: JSON.parse(BUNDLE) },
    );
    expect(data.importBundle).toEqual({ status: 'INVALID', problems: [EXPECTED_PROBLEM] });
  });

  it('are refused the same way when the bundle is read from a file, and nothing is written', async () => {
    const report = await importBundle(db.executor, openBundle(files.json('proto.json', BUNDLE)));
    expect(report.status).toBe('INVALID');
    expect(report.problems).toEqual([{ file: 'proto.json', ...EXPECTED_PROBLEM }]);
    expect(await agencies()).toEqual([]);
    expect(await importRunCount(db)).toBe(0);
  });

  it('make `npm run import` exit 1 naming the key', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', files.json('proto-cli.json', BUNDLE)], {
      encoding: 'utf8',
      env: { ...process.env, NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword') },
    });
    expect(run.stdout).toMatch(/proto-cli\.json \$\.agencies\[0\]\.__proto__: is not a field of this section/);
    expect(run.status).toBe(1);
  });

  it('in a CSV folder, a __proto__ column is refused as no column of the file', async () => {
    const folder = files.csv('proto-csv', { 'agencies.csv': 'id,name,kind,level,__proto__\nproto-csv,Hidden Agency,MINISTRY,NATIONAL,x\n' });
    const report = await importBundle(db.executor, openBundle(folder));
    expect(report.status).toBe('INVALID');
    expect(report.problems).toEqual([expect.objectContaining({ field: '__proto__', reason: expect.stringMatching(/^not a column of agencies\.csv/) })]);
    expect(await agencies()).not.toContain('proto-csv');
  });
});
