import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_MUTATION_MAX_BYTES } from '../../src/modules/import/input.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';
import type { TestDatabase } from '../support/database.js';
import { loadFixture } from '../support/fixture.js';

/** The importBundle mutation and the importRuns query, over the shared API fixture. */
let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite(loadFixture));
});

afterAll(() => closeApiSuite({ db, api }));

const IMPORT = `mutation ($bundle: JSON!, $dryRun: Boolean, $name: String) {
  importBundle(bundle: $bundle, dryRun: $dryRun, name: $name) {
    status file runId records problemCount
    problems { file path field reason message }
    nodes { name created updated unchanged }
    links { name created updated unchanged }
    totals { created updated unchanged }
  }
}`;

const BUNDLE = {
  partners: [{ id: 'kampus-b', name: 'Kampus B', helix: 'ACADEMIA', sources: [{ ref: 'https://example.org/b', title: 'B' }] }],
  links: { PARTNERS_IN: [{ from: 'kampus-b', to: 'spbe', role: 'RESEARCH' }] },
};

const snapshot = () => db.cypher<{ n: number; r: number }>(
  'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r');

describe('importBundle', () => {
  it('dry run reports what would change and writes nothing', async () => {
    const before = await snapshot();
    const data = await api.ok(IMPORT, { bundle: BUNDLE, dryRun: true });
    expect(data.importBundle).toMatchObject({ status: 'DRY_RUN', runId: null, records: 2, totals: { created: 2, updated: 0, unchanged: 0 } });
    expect(await snapshot()).toEqual(before);
  });

  it('imports, then imports the same bundle again without changing anything', async () => {
    const first = (await api.ok(IMPORT, { bundle: BUNDLE, name: 'partners.json' })).importBundle;
    expect(first).toMatchObject({ status: 'IMPORTED', file: 'partners.json', totals: { created: 2, updated: 0, unchanged: 0 } });
    expect(first.nodes).toEqual([{ name: 'Partner', created: 1, updated: 0, unchanged: 0 }]);
    const rows = await db.cypher<{ role: string; run: string }>(
      `MATCH (p:Partner {id: 'kampus-b'})-[r:PARTNERS_IN]->(:Program {id: 'spbe'}), (p)-[:IMPORTED_BY]->(run:ImportRun)
       RETURN r.role AS role, run.id AS run`);
    expect(rows).toEqual([{ role: 'RESEARCH', run: first.runId }]);

    const second = (await api.ok(IMPORT, { bundle: BUNDLE })).importBundle;
    expect(second).toMatchObject({ status: 'IMPORTED', totals: { created: 0, updated: 0, unchanged: 2 } });
    const runs = await api.ok(`{ importRuns(first: 5) { id fileName nodesCreated nodesUnchanged linksUnchanged startedAt } }`);
    expect(runs.importRuns.map((run: { id: string }) => run.id)).toEqual([second.runId, first.runId]);
    expect(runs.importRuns[0]).toMatchObject({ fileName: 'graphql', nodesCreated: 0, nodesUnchanged: 1, linksUnchanged: 1 });
    expect(Number.isNaN(Date.parse(runs.importRuns[0].startedAt))).toBe(false);
  });

  it('reports every problem with its path and field, and writes nothing', async () => {
    const before = await snapshot();
    const data = await api.ok(IMPORT, {
      bundle: {
        partners: [{ id: 'kampus-c', name: 'Kampus C', helix: 'GOVERNMENT' }],
        links: { COVERS: [{ from: 'spbe', to: '99.99' }], PARTNERS_IN: [{ from: 'nobody', to: 'spbe', role: 'RESEARCH' }] },
      },
    });
    expect(data.importBundle.status).toBe('INVALID');
    expect(data.importBundle.problems.map((p: { path: string; field: string }) => `${p.path}.${p.field}`).sort()).toEqual([
      '$.links.COVERS[0].to', '$.links.PARTNERS_IN[0].from', '$.partners[0].helix',
    ]);
    expect(data.importBundle.problems.find((p: { field: string }) => p.field === 'to').message)
      .toBe("graphql $.links.COVERS[0].to: no Region '99.99' in the bundle or in the graph");
    expect(await snapshot()).toEqual(before);
  });

  it(`refuses a bundle over ${IMPORT_MUTATION_MAX_BYTES / 1024} KiB with BAD_USER_INPUT, writing nothing`, async () => {
    const before = await snapshot();
    const partners = Array.from({ length: 6000 }, (_, i) => ({ id: `partner-${i}`, name: `Partner number ${i} with a long enough name`, helix: 'INDUSTRY' }));
    expect(Buffer.byteLength(JSON.stringify({ partners }))).toBeGreaterThan(IMPORT_MUTATION_MAX_BYTES);
    const result = await api.run(IMPORT, { bundle: { partners } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bundle' });
    expect(result.errors?.[0]?.message).toMatch(/takes at most 512 KiB\. Import larger bundles with npm run import/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bare word in an inline bundle instead of dropping the field, writing nothing', async () => {
    const before = await snapshot();
    const result = await api.run('mutation { importBundle(bundle: { partners: [{ id: "kampus-d", name: "Kampus D", helix: ACADEMIA }] }) { status } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toContain('a JSON value cannot be the bare word ACADEMIA: write it in quotes, "ACADEMIA"');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bundle that is not an object', async () => {
    const data = await api.ok(IMPORT, { bundle: [1, 2] });
    expect(data.importBundle.problems[0]).toMatchObject({ path: '$', reason: expect.stringMatching(/a bundle is a JSON object/) });
  });
});
