import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, type ImportReport } from '../../src/modules/import/importBundle.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { SPBE_SOURCE, VALID_BUNDLE, VALID_CSV, VALID_RECORDS } from './bundles.js';
import { scratch } from './helpers.js';

let db: TestDatabase;
const files = scratch('provenance');
let path: string;
let first: ImportReport;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  path = files.json('provenance.json', VALID_BUNDLE);
  first = await importBundle(db.executor, openBundle(path));
  expect(first.status).toBe('IMPORTED');
});

afterAll(async () => {
  files.cleanup();
  await db.close();
});

const sha256 = (...chunks: Array<string | Buffer>) => chunks.reduce((hash, chunk) => hash.update(chunk), createHash('sha256')).digest('hex');

describe('an import records its run', () => {
  it('as an ImportRun node with the file, its hash, the times and the counts', async () => {
    const [row] = await db.cypher<{ run: Record<string, unknown>; ordered: boolean; recent: boolean }>(
      `MATCH (run:ImportRun {id: $id})
       RETURN run { .*, startedAt: null, finishedAt: null } AS run,
              run.startedAt <= run.finishedAt AS ordered,
              run.startedAt > datetime() - duration('PT5M') AS recent`,
      { id: first.runId },
    );
    const hash = sha256(readFileSync(path));
    expect(first.contentHash).toBe(hash);
    const { detail, ...run } = row!.run;
    expect(run).toEqual({
      id: first.runId, fileName: 'provenance.json', format: 'json', contentHash: hash, startedAt: null, finishedAt: null,
      records: VALID_RECORDS, nodesCreated: 11, nodesUpdated: 0, nodesUnchanged: 0, linksCreated: 12, linksUpdated: 0, linksUnchanged: 0,
    });
    expect(JSON.parse(detail as string)).toEqual({ nodes: first.nodes, links: first.links });
    expect(row!.ordered).toBe(true);
    expect(row!.recent).toBe(true);
  });

  it('hashes a CSV folder as each file name and its bytes, in name order', async () => {
    const folder = files.csv('csv-bundle', VALID_CSV);
    const names = Object.keys(VALID_CSV).sort((a, b) => a.localeCompare(b));
    const expected = sha256(...names.flatMap((name) => [`${name}\n`, readFileSync(join(folder, name))]));
    const report = await importBundle(db.executor, openBundle(folder), { dryRun: true });
    expect(report.contentHash).toBe(expected);
  });

  it('links every node it created to the run, once', async () => {
    const rows = await db.cypher<{ key: string; runs: string[] }>(
      `MATCH (n) WHERE NOT n:ImportRun
       OPTIONAL MATCH (n)-[:IMPORTED_BY]->(run:ImportRun)
       RETURN coalesce(n.id, n.code) AS key, collect(run.id) AS runs`,
    );
    expect(rows).toHaveLength(11);
    for (const row of rows) expect(row).toEqual({ key: row.key, runs: [first.runId] });
  });

  it('marks every relationship it created with the run id', async () => {
    const rows = await db.cypher<{ type: string; run: string | null }>(
      "MATCH ()-[r]->() WHERE type(r) <> 'IMPORTED_BY' RETURN type(r) AS type, r.importRun AS run",
    );
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toEqual({ type: row.type, run: first.runId });
  });

  it('puts the sources of a record on its node and links', async () => {
    const [row] = await db.cypher<Record<string, string[]>>(`
      MATCH (a:Agency {id: 'kementerian-panrb'})-[p:PARTICIPATES_IN]->()
      MATCH (i:Indicator)-[h:HAS_MEASUREMENT]->(m:Measurement {id: 'indeks-spbe:2023:32.73'})-[r:MEASURED_IN]->()
      RETURN a.sourceRefs AS agency, p.sourceTitles AS link, m.sourceRefs AS measurement, h.sourceRefs AS has, r.sourceTitles AS measuredIn,
             i.sourceRefs AS indicator`);
    expect(row).toEqual({
      agency: [SPBE_SOURCE.ref], link: [SPBE_SOURCE.title], measurement: [SPBE_SOURCE.ref],
      has: [SPBE_SOURCE.ref], measuredIn: [SPBE_SOURCE.title], indicator: null,
    });
  });
});

describe('a second import', () => {
  let second: ImportReport;

  beforeAll(async () => {
    const changed = structuredClone(VALID_BUNDLE);
    changed.agencies[1]!.name = 'Pemkot Bandung';
    changed.links.PARTICIPATES_IN[1]!.role = 'FUNDER';
    second = await importBundle(db.executor, openBundle(files.json('second.json', changed)));
  });

  it('links only what it changed to its run', async () => {
    expect(second.totals).toEqual({ created: 0, updated: 2, unchanged: 21 });
    const rows = await db.cypher<{ key: string }>(
      'MATCH (n)-[:IMPORTED_BY]->(:ImportRun {id: $id}) RETURN coalesce(n.id, n.code) AS key', { id: second.runId },
    );
    expect(rows).toEqual([{ key: 'pemkot-bandung' }]);
    const [agency] = await db.cypher<{ runs: string[] }>(
      "MATCH (:Agency {id: 'pemkot-bandung'})-[:IMPORTED_BY]->(run) RETURN collect(run.id) AS runs",
    );
    expect(agency!.runs.sort()).toEqual([first.runId, second.runId].sort());
  });

  it('marks only the relationships it changed with its run id', async () => {
    const rows = await db.cypher<{ from: string; type: string }>(
      "MATCH (a)-[r]->() WHERE type(r) <> 'IMPORTED_BY' AND r.importRun = $id RETURN a.id AS from, type(r) AS type",
      { id: second.runId },
    );
    expect(rows).toEqual([{ from: 'pemkot-bandung', type: 'PARTICIPATES_IN' }]);
    const [run] = await db.cypher<{ updated: number; unchanged: number }>(
      'MATCH (run:ImportRun {id: $id}) RETURN run.nodesUpdated + run.linksUpdated AS updated, run.nodesUnchanged + run.linksUnchanged AS unchanged',
      { id: second.runId },
    );
    expect(run).toEqual({ updated: 2, unchanged: 21 });
  });
});
