import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, statementsOf } from '../../src/db/migrate.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
});

afterAll(() => db.close());

const LABEL_KEYS: Array<[string, string]> = [
  ['Agency', 'id'], ['Mandate', 'id'], ['Regulation', 'id'], ['Program', 'id'], ['Theme', 'id'],
  ['Indicator', 'id'], ['Region', 'code'], ['Partner', 'id'], ['Forum', 'id'], ['Measurement', 'id'], ['ImportRun', 'id'],
];

describe('migrations', () => {
  it('put a uniqueness constraint on every label key', async () => {
    const rows = await db.cypher<{ label: string; property: string }>(
      `SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties WHERE type = 'UNIQUENESS'
       RETURN labelsOrTypes[0] AS label, properties[0] AS property`);
    const found = rows.map((row) => [row.label, row.property]);
    for (const pair of LABEL_KEYS) expect(found).toContainEqual(pair);
  });

  it('create the full-text index on names and the filter indexes, all online', async () => {
    const rows = await db.cypher<{ name: string; type: string; state: string; labels: string[] }>(
      'SHOW INDEXES YIELD name, type, state, labelsOrTypes RETURN name, type, state, labelsOrTypes AS labels');
    const fulltext = rows.find((row) => row.name === 'name_search');
    expect(fulltext?.type).toBe('FULLTEXT');
    expect(fulltext?.labels).toEqual(expect.arrayContaining(['Agency', 'Program', 'Region', 'Partner']));
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['agency_kind', 'program_track', 'region_level', 'partner_helix']));
    expect(rows.every((row) => row.state === 'ONLINE')).toBe(true);
  });

  it('create the lookup index over keys too, folding accents', async () => {
    const [index] = await db.cypher<{ type: string; labels: string[]; properties: string[]; analyzer: string }>(
      `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options WHERE name = 'name_lookup'
       RETURN type, labelsOrTypes AS labels, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`);
    expect(index).toMatchObject({ type: 'FULLTEXT', analyzer: 'standard-folding' });
    expect(index!.labels).toHaveLength(9);
    expect(index!.properties).toEqual(expect.arrayContaining(['name', 'title', 'acronym', 'id', 'code']));
  });

  it('are idempotent: a second run changes nothing', async () => {
    const before = await db.cypher('SHOW INDEXES YIELD name RETURN name ORDER BY name');
    const result = await migrate(db.executor);
    expect(result.files).toEqual(['001_constraints.cypher', '002_indexes.cypher', '003_import_runs.cypher', '004_lookup.cypher', '005_idempotency.cypher']);
    expect(result.statements).toBe(27);
    expect(await db.cypher('SHOW INDEXES YIELD name RETURN name ORDER BY name')).toEqual(before);
  });

  it('refuse a duplicate key', async () => {
    await db.cypher(`CREATE (:Region {code: '99', name: 'A', level: 'PROVINCE'})`);
    await expect(db.cypher(`CREATE (:Region {code: '99', name: 'B', level: 'PROVINCE'})`)).rejects.toThrow(/already exists/);
  });
});

describe('statementsOf', () => {
  it('splits on semicolons at line ends and drops comment lines', () => {
    expect(statementsOf('// header\nCREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x);\n\n// next\nCREATE INDEX b FOR (n:B) ON (n.y);\n'))
      .toEqual(['CREATE INDEX a IF NOT EXISTS\n  FOR (n:A) ON (n.x)', 'CREATE INDEX b FOR (n:B) ON (n.y)']);
  });
});
