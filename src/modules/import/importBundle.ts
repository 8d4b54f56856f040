import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { TransactionMemoryError } from '../../db/errors.js';
import type { Executor } from '../../db/executor.js';
import { defineQuery, perKey, type Send } from '../../db/query.js';
import { LABELS } from '../../model/labels.js';
import { RELATIONS, type RelationName } from '../../model/relations.js';
import { problemAt, type Problem } from './problems.js';
import { LINK_SECTIONS, SECTIONS } from './sections.js';
import type { BundleSource } from './sources/source.js';
import { BundleValidator, type ValidationProgress } from './validate.js';
import { BundleWriter, type Counts, type WriteCounts, type WriteProgress } from './write.js';

export const DEFAULT_BATCH_SIZE = 5000;
export const DEFAULT_MAX_PROBLEMS = 100;

export type ImportProgress = ValidationProgress | WriteProgress;

export interface ImportOptions {
  /** Validate and write, then roll back: the report says what the import would change. */
  readonly dryRun?: boolean;
  /** Rows per UNWIND statement. */
  readonly batchSize?: number;
  /** Problems listed in the report; the rest are counted. */
  readonly maxProblems?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export type ImportStatus = 'IMPORTED' | 'DRY_RUN' | 'INVALID';

export interface ImportReport {
  readonly status: ImportStatus;
  readonly file: string;
  readonly format: BundleSource['format'];
  readonly contentHash: string;
  /** The ImportRun node's id; null unless the import was written. */
  readonly runId: string | null;
  readonly records: number;
  readonly problems: readonly Problem[];
  readonly problemCount: number;
  readonly nodes: Readonly<Record<string, Counts>>;
  readonly links: Readonly<Record<string, Counts>>;
  readonly totals: Counts;
  readonly seconds: number;
}

/**
 * A failure while writing, after validation passed: the transaction was rolled back, so the
 * graph is as it was. `cause` is what failed (a constraint, the connection, ...).
 */
export class ImportFailedError extends Error {
  constructor(readonly file: string, cause: unknown, records: number) {
    super(`importing ${file} failed while writing, and nothing was written (the transaction was rolled back): ${reasonOf(cause, records)}`, { cause });
  }
}

function reasonOf(cause: unknown, records: number): string {
  if (cause instanceof TransactionMemoryError) {
    return `its ${records.toLocaleString('en-US')} records need more transaction memory than Neo4j allows `
      + '(db.memory.transaction.total.max, 70% of the heap by default): give Neo4j more heap (NEO4J_HEAP_MB for the embedded one) or split the bundle';
  }
  return cause instanceof Error ? cause.message.split('\n')[0]! : String(cause);
}

/** Thrown inside the transaction to roll it back: a dry run, or problems found after writing. */
class Rollback extends Error {
  constructor(readonly counts: WriteCounts, readonly problems: readonly Problem[]) {
    super('rollback');
  }
}

const createRun = defineQuery({
  file: new URL('./statements/createRun.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({ run: z.object({ id: z.string(), fileName: z.string(), format: z.string(), contentHash: z.string() }) }),
  row: z.object({ id: z.string() }),
});
const finishRun = defineQuery({
  file: new URL('./statements/finishRun.cypher', import.meta.url), mode: 'WRITE',
  params: z.object({ id: z.string(), counts: z.record(z.string(), z.union([z.number(), z.string()])) }),
  row: z.object({ id: z.string() }),
});

/** The hierarchies' checks: a node with two parents (where one is allowed), a loop. */
const hierarchyQueries = perKey(
  (Object.keys(RELATIONS) as RelationName[]).filter((relation) => 'acyclic' in RELATIONS[relation]),
  (relation) => {
    const spec = RELATIONS[relation];
    const slots = { Label: spec.from, key: LABELS[spec.from].key, TYPE: spec.type };
    return {
      multipleParents: defineQuery({
        file: new URL('./statements/multipleParents.cypher', import.meta.url), mode: 'READ', slots,
        params: z.object({ keys: z.array(z.string()) }),
        row: z.object({ key: z.string(), parents: z.array(z.string()) }),
      }),
      cycles: defineQuery({
        file: new URL('./statements/cycles.cypher', import.meta.url), mode: 'READ', slots,
        params: z.object({ keys: z.array(z.string()) }),
        row: z.object({ key: z.string() }),
      }),
    };
  },
);

const sum = (counts: Readonly<Record<string, Counts>>): Counts => Object.values(counts).reduce(
  (total, c) => ({ created: total.created + c.created, updated: total.updated + c.updated, unchanged: total.unchanged + c.unchanged }),
  { created: 0, updated: 0, unchanged: 0 },
);

/**
 * Imports a bundle: validates all of it first (nothing is written if anything is wrong), then
 * writes it in one transaction, in batches, with an ImportRun that the records it created or
 * changed point to. All or nothing: a failure part way (a constraint, the database going away)
 * rolls the whole import back. Importing the same bundle again changes no record.
 */
export async function importBundle(db: Executor, source: BundleSource, options: ImportOptions = {}): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const contentHash = await source.contentHash();
  const validation = await new BundleValidator(source, options.maxProblems ?? DEFAULT_MAX_PROBLEMS).run(db, options.onProgress);
  const report = (status: ImportStatus, runId: string | null, counts: WriteCounts, problems: readonly Problem[], problemCount: number): ImportReport => ({
    status, file: source.name, format: source.format, contentHash, runId, records: validation.total,
    problems, problemCount, nodes: counts.nodes, links: counts.links,
    totals: sum({ ...prefixed('node', counts.nodes), ...prefixed('link', counts.links) }),
    seconds: Math.round((performance.now() - started) / 10) / 100,
  });
  if (validation.problems.count > 0) {
    return report('INVALID', null, { nodes: {}, links: {} }, validation.problems.kept, validation.problems.count);
  }

  const runId = randomUUID();
  const count = (names: Iterable<string>) => [...names].reduce((total, name) => total + (validation.records.get(name) ?? 0), 0);
  const totals = {
    nodes: count([...SECTIONS.values()].filter((s) => s.kind === 'entity').map((s) => s.name)),
    links: count(LINK_SECTIONS.map((s) => s.name)) + validation.derivedLinks,
  };
  const writing = db.withMetadata({ operation: 'import', importRun: runId, file: source.name });
  try {
    const counts = await writing.transaction('WRITE', async (send) => {
      await createRun.runIn(send, { run: { id: runId, fileName: source.name, format: source.format, contentHash } });
      const writer = new BundleWriter(send, source, runId, batchSize, totals, options.onProgress);
      const written = await writer.write();
      const problems = await checkHierarchies(send, writer.hierarchyStarts, source);
      if (problems.length > 0) throw new Rollback(written, problems);
      if (await source.contentHash() !== contentHash) throw new Error(`${source.name} changed while it was being imported; import it again`);
      if (options.dryRun) throw new Rollback(written, []);
      await finishRun.runIn(send, { id: runId, counts: runCounts(written, validation.total) });
      return written;
    }, { retry: false, timeoutMs: 0 });
    return report('IMPORTED', runId, counts, [], 0);
  } catch (error) {
    const rollback = error instanceof Rollback ? error : error instanceof Error && error.cause instanceof Rollback ? error.cause : null;
    if (rollback) {
      return rollback.problems.length > 0
        ? report('INVALID', null, { nodes: {}, links: {} }, rollback.problems, rollback.problems.length)
        : report('DRY_RUN', null, rollback.counts, [], 0);
    }
    throw new ImportFailedError(source.name, error, validation.total);
  }
}

/**
 * The report on a bundle refused on its outline alone (a CSV file named after no section, a
 * column that is none), found before a database is opened: nothing was read through or written.
 */
export async function outlineReport(source: BundleSource, problems: readonly Problem[], maxProblems = DEFAULT_MAX_PROBLEMS): Promise<ImportReport> {
  return {
    status: 'INVALID', file: source.name, format: source.format, contentHash: await source.contentHash(), runId: null, records: 0,
    problems: problems.slice(0, maxProblems), problemCount: problems.length, nodes: {}, links: {},
    totals: { created: 0, updated: 0, unchanged: 0 }, seconds: 0,
  };
}

function prefixed(prefix: string, counts: Readonly<Record<string, Counts>>): Record<string, Counts> {
  return Object.fromEntries(Object.entries(counts).map(([name, c]) => [`${prefix}:${name}`, c]));
}

/** The counts an ImportRun keeps: totals as numbers, the detail by label and relation as JSON. */
function runCounts(counts: WriteCounts, records: number): Record<string, number | string> {
  const nodes = sum(counts.nodes);
  const links = sum(counts.links);
  return {
    records,
    nodesCreated: nodes.created, nodesUpdated: nodes.updated, nodesUnchanged: nodes.unchanged,
    linksCreated: links.created, linksUpdated: links.updated, linksUnchanged: links.unchanged,
    detail: JSON.stringify(counts),
  };
}

/**
 * After writing, inside the transaction: no theme or region with two parents, no loop in a
 * hierarchy. Checked on the graph as the import leaves it, so links already there count too.
 */
async function checkHierarchies(send: Send, starts: ReadonlyMap<RelationName, Set<string>>, source: BundleSource): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [relation, keys] of starts) {
    const spec = RELATIONS[relation];
    // REGION_PART_OF links come from the regions section's `parent`.
    const section = SECTIONS.get(relation);
    const where = source.placeOf(section ?? SECTIONS.get('regions')!);
    const field = section ? 'from' : 'parent';
    if ('single' in spec) {
      for (const row of await hierarchyQueries(relation).multipleParents.runIn(send, { keys: [...keys] })) {
        problems.push(problemAt(where, field, `${spec.from} '${row.key}' would have ${row.parents.length} parents (${row.parents.join(', ')}); it may have one`));
      }
    }
    for (const row of await hierarchyQueries(relation).cycles.runIn(send, { keys: [...keys] })) {
      problems.push(problemAt(where, field, `${spec.from} '${row.key}' would be on a loop of ${spec.type} links`));
    }
  }
  return problems;
}
