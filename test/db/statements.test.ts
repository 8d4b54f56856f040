import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Executor } from '../../src/db/executor.js';
import { buildEveryTemplate, registeredQueries } from '../../src/db/query.js';
import { LABELS, type Label } from '../../src/model/labels.js';
import { RELATIONS, type RelationName } from '../../src/model/relations.js';
import { NODE_KINDS, STORED_EDGE_TYPES } from '../../src/modules/network/types.js';
import { nodeStore } from '../../src/modules/nodes/nodeStore.js';
import { relationStore } from '../../src/modules/nodes/relationStore.js';
import * as listStore from '../../src/modules/nodes/listStore.js';
import { loadFixture } from '../support/fixture.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/**
 * Every statement, below the API (as neo4j/graphql tests its translation apart from its API):
 * each `.cypher` file under src/ has a defineQuery handle (migrations aside: migrate.ts runs
 * them), its header names exactly the parameters its zod `params` takes and its body uses, and
 * each handle runs on the small fixture graph (test/support/fixture.ts) with representative
 * parameters, its rows accepted by its zod `row`. The runs are rolled back, so writes leave the
 * fixture as it was. The handles are collected from defineQuery's registry after importing every
 * module under src/ (so a handle no test calls is found too) and building every template for
 * every label and relation.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Entry points that run when imported (commands, the server, the metrics worker), and generated code. */
const NOT_IMPORTED = (file: string) => file.startsWith('cli/') || file === 'main.ts' || file.startsWith('graphql/generated/') || file.endsWith('metricsWorker.ts') || file.endsWith('.d.ts');

function filesUnder(ext: string): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(sep).join('/'))
    .filter((file) => file.endsWith(ext))
    .sort();
}

/** A statement to check and run: a registered handle, or a list statement (head, the list's own part, tail). */
interface Statement {
  readonly name: string;
  /** The slots a template was filled with (a label, a relation), for messages. */
  readonly slots: Readonly<Record<string, string>> | undefined;
  readonly files: readonly URL[];
  readonly mode: 'READ' | 'WRITE';
  readonly params: z.ZodType;
  run(db: Executor, params: Record<string, unknown>): Promise<unknown[]>;
}

const PARAMETER = /\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The `$names` a file's header comment (its leading `//` lines) mentions, and those its body uses. */
function parametersOf(file: URL): { header: Set<string>; body: Set<string> } {
  const lines = readFileSync(file, 'utf8').split('\n');
  const headerEnd = lines.findIndex((line) => !line.trim().startsWith('//'));
  const header = lines.slice(0, headerEnd === -1 ? lines.length : headerEnd).join('\n');
  const body = lines.slice(headerEnd === -1 ? lines.length : headerEnd).map((line) => line.replace(/\/\/.*$/, '')).join('\n');
  const names = (text: string) => new Set([...text.matchAll(PARAMETER)].map((match) => match[1]!));
  return { header: names(header), body: names(body) };
}

function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return keysOf(schema.in as z.ZodType);
  throw new Error('a handle\'s params are not a zod object');
}

/** A value the schema accepts: null where it may be, else the simplest of its kind. */
function sample(schema: z.ZodType): unknown {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  switch (def.type) {
    case 'string': return 'x';
    case 'number': return 1;
    case 'boolean': return false;
    case 'array': return [];
    case 'record': return {};
    case 'nullable': return null;
    case 'optional': return undefined;
    case 'object': return Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, value]) => [key, sample(value)]));
    case 'union': return sample((def.options as z.ZodType[])[0]!);
    case 'pipe': return sample(def.in as z.ZodType);
    case 'default': case 'prefault': case 'catch': case 'readonly': return sample(def.innerType as z.ZodType);
    case 'enum': return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal': return (def.values as unknown[])[0];
    default: return null;
  }
}

/** A key of the fixture for each label (test/support/fixture.ts). */
const FIXTURE_KEY: Partial<Record<Label, string>> = {
  Agency: 'anri', Program: 'spbe', Region: '11', Theme: 'digitalisasi', Partner: 'startup-a', Regulation: 'arahan-menpanrb',
  Mandate: 'mandat-anri-arsip', Forum: 'paguyuban', Indicator: 'indeks-spbe', Measurement: 'indeks-spbe:2023:ID',
};
const keyFor = (label: string | undefined) => FIXTURE_KEY[label as Label] ?? 'none';

const VIEW_LABELS = Object.values(NODE_KINDS) as string[];
const VIEW_KEYS = Object.fromEntries(VIEW_LABELS.map((label) => [label, LABELS[label as Label].key]));
const TYPES = [...STORED_EDGE_TYPES];

/**
 * Representative parameters where the sampled ones would find nothing worth reading: by name,
 * from the template's slots. The rest run with sample(params) (nulls, empty lists).
 */
const PARAMS: Record<string, (slots: Readonly<Record<string, string>>) => Record<string, unknown>> = {
  'modules/export/wholeNodes': () => ({ labels: VIEW_LABELS, types: TYPES, withDegree: true }),
  'modules/export/wholeNodeIds': () => ({ labels: VIEW_LABELS, keys: VIEW_KEYS }),
  'modules/export/wholeEdges': () => ({ labels: VIEW_LABELS, types: TYPES, keys: VIEW_KEYS }),
  'modules/export/wholeCounts': () => ({ labels: VIEW_LABELS, types: TYPES }),
  'modules/export/wholePropertyTypes': () => ({ labels: VIEW_LABELS }),
  'modules/summary/nodeCounts': () => ({ labels: Object.keys(LABELS), types: TYPES, syntheticRef: 'synthetic' }),
  'modules/summary/sources': () => ({ syntheticRef: 'synthetic' }),
  'modules/lookup/candidates': () => ({ query: 'arsip*', keys: ['anri'], labels: VIEW_LABELS, limit: 10 }),
  'seed/countNodesByLabel': () => ({ labels: Object.keys(LABELS) }),
  'seed/countLinksByType': () => ({ types: TYPES }),
  'modules/network/focus': () => ({ focus: [{ kind: 'AGENCY', key: 'anri' }], theme: null, region: null }),
  'modules/network/collaboration': () => ({ theme: null, region: null, minWeight: 1, limit: 100 }),
  'modules/network/hop': () => ({
    frontier: [], seen: [], types: TYPES, labels: VIEW_LABELS, hideDistricts: false, helix: null, theme: null, region: null, fromYear: null, toYear: null, limit: 100,
  }),
  'modules/network/edges': () => ({ nodes: [], types: TYPES }),
  'modules/analysis/coverageGaps/coverageGaps': () => ({ theme: 'reformasi-birokrasi', level: 'REGENCY', within: 'ID', minPrograms: 1, remoteOnly: false }),
  'modules/analysis/mandateConformance/mandateConformance': () => ({ agency: 'anri' }),
  'modules/analysis/mandateOverlaps/mandateOverlaps': () => ({ theme: null, agency: null, first: 10, after: null }),
  'modules/analysis/peers/peers': () => ({ agency: 'anri', theme: 'arsip-digital' }),
  // A copy of the fixture's node of the label, under a new key.
  'modules/nodes/node/create': (slots) => ({ props: { ...fixtureProps.get(slots.Label!), [slots.key!]: 'copy' } }),
  'modules/nodes/node/update': (slots) => ({ key: keyFor(slots.Label), props: fixtureProps.get(slots.Label!) }),
  'modules/analysis/programsMissingStrand/programsMissingStrand': () => ({ strand: 'ACADEMIA', theme: null, region: null, first: 10, after: null }),
  'modules/indicator/measurements/set': () => ({ id: 'indeks-spbe:2025:ID', indicator: 'indeks-spbe', year: 2025, region: null, props: { target: 3.4 } }),
  'modules/indicator/measurements/byIndicators': () => ({ keys: ['indeks-spbe'] }),
  'modules/region/create': () => ({ props: { code: '11.02', name: 'KABUPATEN ACEH TENGGARA', level: 'REGENCY', outermostIslandCount: 0 }, parent: '11' }),
  'modules/region/childCount': () => ({ code: '11' }),
  'modules/import/statements/createRun': () => ({ run: { id: 'run-1', fileName: 'test.json', format: 'json', contentHash: 'abc' } }),
  'modules/import/statements/recentRuns': () => ({ first: 5 }),
  'idempotency/claim': () => ({ id: 'key-1', ttlHours: 24 }),
  'idempotency/purgeExpired': () => ({ ttlHours: 24, limit: 100 }),
};

/** A template's `keys` parameter: the fixture's node of the template's label. */
function paramsFor(statement: Statement): Record<string, unknown> {
  const given = PARAMS[statement.name]?.(statement.slots ?? {});
  if (given) return given;
  const params = sample(statement.params) as Record<string, unknown>;
  if ('keys' in params && Array.isArray(params.keys)) params.keys = [keyFor(statement.slots?.Label ?? statement.slots?.From)];
  if ('first' in params) params.first = 10;
  return params;
}

/** The labels D's list statements serve (src/modules/nodes/listStore.ts). */
const LISTED = ['Agency', 'Program', 'Region', 'Partner', 'Theme', 'Indicator', 'Mandate', 'Regulation', 'Forum'] as const;

let db: TestDatabase;
let statements: Statement[];
/** The properties of the fixture's node of each label (FIXTURE_KEY). */
const fixtureProps = new Map<string, Record<string, unknown>>();

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await loadFixture(db);
  for (const file of filesUnder('.ts').filter((file) => !NOT_IMPORTED(file))) await import(pathToFileURL(join(SRC, file)).href);
  buildEveryTemplate();
  for (const [label, key] of Object.entries(FIXTURE_KEY)) {
    const [row] = await db.cypher<{ props: Record<string, unknown> }>('MATCH (n) WHERE $label IN labels(n) AND n[$keyName] = $key RETURN properties(n) AS props', { label, keyName: LABELS[label as Label].key, key });
    fixtureProps.set(label, row!.props);
  }
  // The node and relation stores build their templates per label on first use.
  for (const label of Object.keys(LABELS) as Label[]) await nodeStore.byKeys(db.executor, label, []);
  for (const relation of Object.keys(RELATIONS) as RelationName[]) await relationStore.neighbours(db.executor, relation, 'OUT', []);
  statements = registeredQueries().map((query) => ({
    name: query.name, slots: query.slots, files: [query.file], mode: query.mode, params: query.params,
    run: (executor: Executor, params: Record<string, unknown>) => query.query.run(executor, params as never),
  }));
  for (const label of LISTED) {
    const list = listStore.defineList(label);
    statements.push({
      name: list.name, slots: { Label: label }, files: [listStore.LIST_HEAD, new URL(`${list.name}.cypher`, pathToFileURL(SRC)), listStore.LIST_TAIL],
      mode: list.mode, params: list.params, run: (executor, params) => list.run(executor, params as never),
    });
  }
}, 120_000);

afterAll(async () => {
  await db?.close();
});

/** Runs a statement in a transaction that is rolled back afterwards. */
async function runRolledBack(statement: Statement, params: Record<string, unknown>): Promise<unknown[]> {
  const own = db.driver.session();
  const tx = own.beginTransaction();
  try {
    return await statement.run(Executor.inTransaction(tx), params);
  } finally {
    await tx.rollback().catch(() => undefined);
    await own.close();
  }
}

const describeStatement = (statement: Statement) => (statement.slots ? `${statement.name} ${JSON.stringify(statement.slots)}` : statement.name);

describe('statements and their handles', () => {
  it('collects every handle: all statements, templates built for every label and relation', () => {
    const names = new Set(statements.map((statement) => statement.name));
    console.info(`statements: ${names.size} statement files, ${statements.length} handles (templates once per label or relation)`);
    expect(names.size).toBeGreaterThan(50);
    expect(statements.filter((statement) => statement.name === 'modules/import/statements/upsertNodes')).toHaveLength(Object.keys(LABELS).length);
  });

  it('reads the $names of a header and of a body apart (a check that sees nothing cannot fail)', () => {
    const found = parametersOf(new URL('../../src/modules/export/wholeNodeIds.cypher', import.meta.url));
    expect([...found.header].sort()).toEqual(['keys', 'labels']);
    expect([...found.body].sort()).toEqual(['keys', 'labels']);
    expect(keysOf(z.object({ a: z.string(), b: z.number() }))).toEqual(['a', 'b']);
  });

  it('every .cypher file under src/ has a handle (migrations aside: migrate.ts runs them)', () => {
    const used = new Set(statements.flatMap((statement) => statement.files.map((file) => fileURLToPath(file))));
    const orphans = filesUnder('.cypher').filter((file) => !file.startsWith('db/migrations/') && !used.has(join(SRC, file)));
    expect(orphans.map((file) => `src/${file}`)).toEqual([]);
  });

  it("each file's header names exactly its handle's zod parameters, and its body uses exactly them", () => {
    const seen = new Set<string>();
    const mismatches: string[] = [];
    for (const statement of statements) {
      const zodKeys = keysOf(statement.params).sort();
      const id = `${statement.name} ${zodKeys.join(',')}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const header = new Set<string>();
      const body = new Set<string>();
      for (const file of statement.files) {
        const found = parametersOf(file);
        found.header.forEach((name) => header.add(name));
        found.body.forEach((name) => body.add(name));
      }
      const show = (names: Iterable<string>) => `[${[...names].sort().join(', ')}]`;
      if (show(header) !== show(zodKeys)) mismatches.push(`${statement.name}: zod ${show(zodKeys)}, header ${show(header)}`);
      if (show(body) !== show(zodKeys)) mismatches.push(`${statement.name}: zod ${show(zodKeys)}, body ${show(body)}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('every handle runs on the fixture, its rows accepted by its zod row (all in transactions rolled back)', async () => {
    // One transaction for all, reads first (they see the fixture as loaded), then writes; rolled
    // back at the end. A statement that fails leaves its transaction unusable: it is rolled back
    // and the next statement gets a new one.
    const failures: string[] = [];
    const ordered = [...statements.filter((statement) => statement.mode === 'READ'), ...statements.filter((statement) => statement.mode === 'WRITE')];
    const session = db.driver.session();
    let tx = session.beginTransaction();
    try {
      for (const statement of ordered) {
        try {
          await statement.run(Executor.inTransaction(tx), paramsFor(statement));
        } catch (error) {
          failures.push(`${describeStatement(statement)}: ${(error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').slice(0, 300)}`);
          await tx.rollback().catch(() => undefined);
          tx = session.beginTransaction();
        }
      }
    } finally {
      await tx.rollback().catch(() => undefined);
      await session.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);
});

describe('statements read the fixture', () => {
  const find = (name: string, label?: string) => {
    const statement = statements.find((candidate) => candidate.name === name && (label === undefined || candidate.slots?.Label === label));
    if (!statement) throw new Error(`no handle ${name}`);
    return statement;
  };

  it("lists: the agencies list finds the fixture's five agencies, ANRI among them", async () => {
    const [row] = await runRolledBack(find('modules/agency/agencies'), { ...paramsFor(find('modules/agency/agencies')), sortField: 'name', descending: false, first: 10, after: null }) as Array<{ totalCount: number; page: Array<{ id: string }> }>;
    expect(row!.totalCount).toBe(5);
    expect(row!.page.map((agency) => agency.id)).toContain('anri');
  });

  it('the node store reads ANRI by its key; the import finds it there and misses an unknown key', async () => {
    const [agency] = await runRolledBack(find('modules/nodes/node/byKeys', 'Agency'), { keys: ['anri'] }) as Array<{ key: string; node: { acronym: string } }>;
    expect(agency).toMatchObject({ key: 'anri', node: { acronym: 'ANRI' } });
    const [missing] = await runRolledBack(find('modules/import/statements/missingKeys', 'Agency'), { keys: ['anri', 'nobody'] }) as Array<{ missing: string[] }>;
    expect(missing!.missing).toEqual(['nobody']);
  });

  it('the summary counts five agencies; the whole-graph export counts the nodes of the views', async () => {
    const [summary] = await runRolledBack(find('modules/summary/nodeCounts'), paramsFor(find('modules/summary/nodeCounts'))) as Array<{ counts: Array<{ label: string; total: number }> }>;
    expect(summary!.counts.find((count) => count.label === 'Agency')?.total).toBe(5);
    const [counts] = await runRolledBack(find('modules/export/wholeCounts'), paramsFor(find('modules/export/wholeCounts'))) as Array<{ nodes: number; edges: number }>;
    expect(counts!.nodes).toBeGreaterThan(20);
    expect(counts!.edges).toBeGreaterThan(20);
  });

  it('lookup finds ANRI for "arsip*"; the health check sees the migrations\' indexes online; the server is Neo4j 5', async () => {
    const hits = await runRolledBack(find('modules/lookup/candidates'), paramsFor(find('modules/lookup/candidates'))) as Array<{ props: { id?: string } }>;
    expect(hits.map((hit) => hit.props.id)).toContain('anri');
    const [online] = await runRolledBack(find('http/onlineIndexes'), {}) as Array<{ names: string[] }>;
    expect(online!.names).toContain('name_search');
    const [version] = await runRolledBack(find('db/serverVersion'), {}) as Array<{ version: string }>;
    expect(version!.version).toMatch(/^5\./);
  });
});

describe('Executor.stream', () => {
  it('yields rows one by one with the view\'s metadata (seen in SHOW TRANSACTIONS), tells its listeners, and closes its transaction when the consumer stops early', async () => {
    const sent: string[] = [];
    const executor = db.executor.withMetadata({ operation: 'statements-test' });
    const stop = executor.onStatement((event) => sent.push(event.query));
    const stream = executor.stream('READ', 'UNWIND range(1, 100000) AS i RETURN i', {}, { timeoutMs: 0 });
    const first = await stream.next();
    expect(first.value?.get('i')).toBe(1);
    expect(sent).toEqual(['UNWIND range(1, 100000) AS i RETURN i']);
    const open = async () => (await db.cypher<{ open: number }>("SHOW TRANSACTIONS YIELD metaData WHERE metaData.operation = 'statements-test' RETURN count(*) AS open"))[0]!.open;
    expect(await open()).toBe(1);
    await stream.return(undefined);
    expect(await open()).toBe(0);
    stop();
  });

  it("holds one of its view's concurrency slots until it ends: a statement through the same one-slot view waits for it", async () => {
    const view = db.executor.withConcurrency(1);
    const stream = view.stream('READ', 'UNWIND range(1, 100000) AS i RETURN i', {});
    await stream.next();
    let answered = false;
    const waiting = view.run('READ', 'RETURN 1 AS one', {}).then(() => { answered = true; });
    await new Promise((done) => setTimeout(done, 300));
    expect(answered).toBe(false);
    await stream.return(undefined);
    await waiting;
    expect(answered).toBe(true);
  });

  it('maps a Neo4j error to the domain error (a timed-out stream is TIMEOUT)', async () => {
    const slow = db.executor.stream('READ', 'UNWIND range(1, 100000000) AS i WITH i WHERE i < 0 RETURN count(*) AS n', {}, { timeoutMs: 50 });
    await expect(slow.next()).rejects.toMatchObject({ extensions: { code: 'TIMEOUT' } });
  });
});
