import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, type ImportReport } from '../../src/modules/import/importBundle.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { VALID_BUNDLE, VALID_LINK_COUNTS, VALID_NODE_COUNTS } from './bundles.js';
import { dump, importRunCount, scratch, type Dump } from './helpers.js';

// The tests of this file build on each other, in order: dry run, import, the same again, an update.
let db: TestDatabase;
const files = scratch('idempotency');
let bundlePath: string;

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  bundlePath = files.json('bundle.json', VALID_BUNDLE);
});

afterAll(async () => {
  files.cleanup();
  await db.close();
});

const run = (path: string, dryRun = false) => importBundle(db.executor, openBundle(path), { dryRun });
const withEach = (counts: Record<string, number>, make: (n: number) => object) =>
  Object.fromEntries(Object.entries(counts).map(([name, n]) => [name, make(n)]));

describe('importing a bundle twice', () => {
  let dryRun: ImportReport;
  let first: ImportReport;
  let afterFirst: Dump;

  it('as a dry run first: reports what it would do and writes nothing', async () => {
    dryRun = await run(bundlePath, true);
    expect(dryRun.problems).toEqual([]);
    expect(dryRun.status).toBe('DRY_RUN');
    expect(dryRun.runId).toBeNull();
    expect(dryRun.nodes).toEqual(withEach(VALID_NODE_COUNTS, (n) => ({ created: n, updated: 0, unchanged: 0 })));
    const [count] = await db.cypher<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    expect(count!.n).toBe(0);
  });

  it('then for real: the counts the dry run announced', async () => {
    first = await run(bundlePath);
    expect(first.status).toBe('IMPORTED');
    expect(first.nodes).toEqual(dryRun.nodes);
    expect(first.links).toEqual(dryRun.links);
    expect(first.totals).toEqual(dryRun.totals);
    afterFirst = await dump(db);
  });

  it('the second time changes nothing and says so', async () => {
    const second = await run(bundlePath);
    expect(second.status).toBe('IMPORTED');
    expect(second.runId).not.toBe(first.runId);
    expect(second.nodes).toEqual(withEach(VALID_NODE_COUNTS, (n) => ({ created: 0, updated: 0, unchanged: n })));
    expect(second.links).toEqual(withEach(VALID_LINK_COUNTS, (n) => ({ created: 0, updated: 0, unchanged: n })));
    expect(second.totals.unchanged).toBe(first.totals.created);

    const now = await dump(db);
    // Every relationship, IMPORTED_BY and importRun included, is as the first run left it;
    // the only new thing is the second ImportRun node.
    expect(now.rels).toEqual(afterFirst.rels);
    const added = now.nodes.filter((n) => !afterFirst.nodes.some((m) => JSON.stringify(m) === JSON.stringify(n)));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ labels: ['ImportRun'], props: { id: second.runId } });
    expect(now.nodes).toHaveLength(afterFirst.nodes.length + 1);
    expect(await importRunCount(db)).toBe(2);
  });
});

describe('an update bundle', () => {
  const update = {
    agencies: [{ id: 'kementerian-panrb', acronym: null }],
    programs: [{ id: 'spbe', status: 'COMPLETED', endYear: 2025 }],
    themes: [{ id: 'digital', name: 'Digital government' }],
    links: { PARTICIPATES_IN: [{ from: 'pemkot-bandung', to: 'spbe', role: 'FUNDER' }] },
  };
  let before: Dump;
  let dryRun: ImportReport;

  beforeAll(async () => {
    before = await dump(db);
  });

  it('as a dry run: reports the changes, writes nothing', async () => {
    dryRun = await run(files.json('update.json', update), true);
    expect(dryRun.status).toBe('DRY_RUN');
    expect(dryRun.nodes).toEqual({
      Agency: { created: 0, updated: 1, unchanged: 0 },
      Program: { created: 0, updated: 1, unchanged: 0 },
      Theme: { created: 0, updated: 0, unchanged: 1 },
    });
    expect(dryRun.links).toEqual({ PARTICIPATES_IN: { created: 0, updated: 1, unchanged: 0 } });
    expect(await dump(db)).toEqual(before);
    expect(await importRunCount(db)).toBe(2);
  });

  it('changes only the fields it gives, removes a property given as null, and counts a new role as an update', async () => {
    const report = await run(files.json('update.json', update));
    expect(report.status).toBe('IMPORTED');
    expect(report.nodes).toEqual(dryRun.nodes);
    expect(report.links).toEqual(dryRun.links);

    const [row] = await db.cypher<{ agency: Record<string, unknown>; program: Record<string, unknown>; role: string; lead: string }>(`
      MATCH (a:Agency {id: 'kementerian-panrb'}), (p:Program {id: 'spbe'})
      MATCH (:Agency {id: 'pemkot-bandung'})-[r:PARTICIPATES_IN]->(p)
      MATCH (a)-[lead:PARTICIPATES_IN]->(p)
      RETURN properties(a) AS agency, properties(p) AS program, r.role AS role, lead.role AS lead`);
    expect(row!.agency).toEqual({
      id: 'kementerian-panrb', name: 'Kementerian PANRB, Pusat', kind: 'MINISTRY', level: 'NATIONAL',
      sourceRefs: VALID_BUNDLE.agencies[0]!.sources!.map((s) => s.ref), sourceTitles: VALID_BUNDLE.agencies[0]!.sources!.map((s) => s.title),
    });
    expect(row!.program).toEqual({ id: 'spbe', name: 'SPBE', track: 'RB_GENERAL', status: 'COMPLETED', startYear: 2020, endYear: 2025 });
    expect(row!.role).toBe('FUNDER');
    expect(row!.lead).toBe('LEAD');

    // Only the updated records point to the update's run.
    const touched = await db.cypher<{ key: string }>(
      'MATCH (n)-[:IMPORTED_BY]->(:ImportRun {id: $run}) RETURN n.id AS key ORDER BY key', { run: report.runId },
    );
    expect(touched.map((t) => t.key)).toEqual(['kementerian-panrb', 'spbe']);
    const [link] = await db.cypher<{ run: string }>(
      "MATCH (:Agency {id: 'pemkot-bandung'})-[r:PARTICIPATES_IN]->() RETURN r.importRun AS run",
    );
    expect(link!.run).toBe(report.runId);
  });

  it('imported again, changes nothing more', async () => {
    const report = await run(files.json('update.json', update));
    expect(report.totals).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });
});
