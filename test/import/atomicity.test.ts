import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ImportFailedError, importBundle, type ImportProgress } from '../../src/modules/import/importBundle.js';
import { objectSource } from '../../src/modules/import/sources/object.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { dump, importRunCount, scratch, seedBase, type Dump } from './helpers.js';

let db: TestDatabase;
let before: Dump;
const files = scratch('atomicity');

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await seedBase(db);
  await db.cypher(`CREATE (:Theme {id: 'governance', name: 'Governance'})-[:PART_OF]->(:Theme {id: 'reform', name: 'Reform'})`);
});

beforeEach(async () => {
  before = await dump(db);
});

afterAll(async () => {
  files.cleanup();
  await db.close();
});

const agencies = (count: number, acronym: (i: number) => string = (i) => `A${i}`) => ({
  agencies: Array.from({ length: count }, (_, i) => ({ id: `agency-${i}`, name: `Agency ${i}`, acronym: acronym(i), kind: 'OTHER', level: 'LOCAL' })),
});

async function expectUnchanged() {
  expect(await importRunCount(db)).toBe(0);
  expect(await dump(db)).toEqual(before);
}

const maxDone = (progress: readonly ImportProgress[], phase: ImportProgress['phase']) =>
  Math.max(0, ...progress.filter((p) => p.phase === phase).map((p) => p.done));

describe('a failure part way through writing rolls the whole import back', () => {
  it('a constraint violated by a late batch', async () => {
    // On acronym: name has an index already, which a uniqueness constraint cannot be added over.
    await db.cypher('CREATE CONSTRAINT test_agency_acronym IF NOT EXISTS FOR (a:Agency) REQUIRE a.acronym IS UNIQUE');
    try {
      // Record 1400 repeats the acronym of record 5: validation cannot know, the constraint refuses it.
      const bundle = agencies(1500, (i) => (i === 1400 ? 'A5' : `A${i}`));
      const progress: ImportProgress[] = [];
      const failure = await importBundle(db.executor, openBundle(files.json('constraint.json', bundle)), {
        batchSize: 100, onProgress: (p) => progress.push(p),
      }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ImportFailedError);
      expect((failure as ImportFailedError).message).toMatch(/^importing constraint\.json failed while writing, and nothing was written/);
      expect(maxDone(progress, 'validate')).toBe(1500);
      expect(maxDone(progress, 'nodes')).toBeGreaterThanOrEqual(1000);
      expect(maxDone(progress, 'nodes')).toBeLessThan(1500);
      await expectUnchanged();
    } finally {
      await db.cypher('DROP CONSTRAINT test_agency_acronym IF EXISTS');
    }
  });

  it('the transaction terminated from outside while batches are being written', async () => {
    const progress: ImportProgress[] = [];
    let terminating: Promise<number> | undefined;
    const terminate = async () => {
      const running = await db.cypher<{ id: string }>(
        "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.operation = 'import' RETURN transactionId AS id",
      );
      for (const { id } of running) await db.cypher('TERMINATE TRANSACTIONS $id', { id });
      return running.length;
    };
    const failure = await importBundle(db.executor, objectSource('terminated', agencies(4000)), {
      batchSize: 20,
      onProgress: (p) => {
        progress.push(p);
        if (p.phase === 'nodes' && p.done >= 200) terminating ??= terminate();
      },
    }).catch((error: unknown) => error);
    expect(await terminating).toBe(1);
    expect(failure).toBeInstanceOf(ImportFailedError);
    expect((failure as ImportFailedError).message).toMatch(/terminated/i);
    expect(maxDone(progress, 'nodes')).toBeGreaterThanOrEqual(200);
    expect(maxDone(progress, 'nodes')).toBeLessThan(4000);
    await expectUnchanged();
  });

  it('a loop in a hierarchy, found after writing, makes the import INVALID', async () => {
    const report = await importBundle(db.executor, objectSource('loop', {
      themes: [{ id: 'digital', name: 'Digital' }],
      links: { THEME_PART_OF: [{ from: 'reform', to: 'governance' }] },
    }));
    expect(report.status).toBe('INVALID');
    expect(report.runId).toBeNull();
    expect(report.nodes).toEqual({});
    expect(report.problems).toEqual([
      { file: 'loop', path: '$.links.THEME_PART_OF', field: 'from', reason: "Theme 'reform' would be on a loop of PART_OF links" },
    ]);
    await expectUnchanged();
  });

  it('a loop in a CSV bundle is reported on the link file', async () => {
    const report = await importBundle(db.executor, openBundle(files.csv('loop-csv', { 'links/THEME_PART_OF.csv': 'from,to\nreform,governance\n' })));
    expect(report.status).toBe('INVALID');
    expect(report.problems).toEqual([
      { file: 'links/THEME_PART_OF.csv', field: 'from', reason: "Theme 'reform' would be on a loop of PART_OF links" },
    ]);
    await expectUnchanged();
  });

  it('a second parent, with one already in the graph, makes the import INVALID', async () => {
    const report = await importBundle(db.executor, objectSource('parents', {
      themes: [{ id: 'digital', name: 'Digital' }],
      links: { THEME_PART_OF: [{ from: 'governance', to: 'digital' }] },
    }));
    expect(report.status).toBe('INVALID');
    expect(report.problems).toEqual([{
      file: 'parents', path: '$.links.THEME_PART_OF', field: 'from',
      reason: expect.stringMatching(/^Theme 'governance' would have 2 parents \((digital, reform|reform, digital)\); it may have one$/),
    }]);
    await expectUnchanged();
  });
});
