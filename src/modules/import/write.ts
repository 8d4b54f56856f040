import { z } from 'zod';
import { defineQuery, perKey, type Send } from '../../db/query.js';
import { LABELS, type Label } from '../../model/labels.js';
import { RELATIONS, type RelationName } from '../../model/relations.js';
import { derivedLinks, linkRow, nodeRow, type LinkRow, type NodeRow } from './rows.js';
import { ENTITY_SECTIONS, LINK_SECTIONS, type Section } from './sections.js';
import type { BundleSource } from './sources/source.js';

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface WriteCounts {
  /** By label. */
  readonly nodes: Record<string, Counts>;
  /** By relation (the API's names: THEME_PART_OF, REGION_PART_OF, ...). */
  readonly links: Record<string, Counts>;
}

export interface WriteProgress {
  readonly phase: 'nodes' | 'links';
  readonly done: number;
  readonly total: number;
}

const CountsRow = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

const ALL_LABELS = Object.keys(LABELS) as Label[];
const ALL_RELATIONS = Object.keys(RELATIONS) as RelationName[];

const upsertNodes = perKey(ALL_LABELS, (label) => defineQuery({
  file: new URL('./statements/upsertNodes.cypher', import.meta.url), mode: 'WRITE',
  slots: { Label: label, key: LABELS[label].key },
  params: z.object({ run: z.string(), rows: z.array(z.object({ key: z.string(), props: z.record(z.string(), z.unknown()) })) }),
  row: CountsRow,
}));

const existingKeys = perKey(ALL_LABELS, (label) => defineQuery({
  file: new URL('./statements/existingKeys.cypher', import.meta.url), mode: 'READ',
  slots: { Label: label, key: LABELS[label].key },
  params: z.object({ keys: z.array(z.string()) }),
  row: z.object({ key: z.string() }),
}));

const createNodes = perKey(ALL_LABELS, (label) => defineQuery({
  file: new URL('./statements/createNodes.cypher', import.meta.url), mode: 'WRITE',
  slots: { Label: label, key: LABELS[label].key },
  params: z.object({ run: z.string(), rows: z.array(z.object({ key: z.string(), props: z.record(z.string(), z.unknown()) })) }),
  row: z.object({ created: z.number().int() }),
}));

const LinkRows = z.object({
  run: z.string(),
  rows: z.array(z.object({ from: z.string(), to: z.string(), props: z.record(z.string(), z.unknown()) })),
});

const linkSlots = (relation: RelationName) => {
  const spec = RELATIONS[relation];
  return { From: spec.from, fromKey: LABELS[spec.from].key, TYPE: spec.type, To: spec.to, toKey: LABELS[spec.to].key };
};

const upsertLinks = perKey(ALL_RELATIONS, (relation) => defineQuery({
  file: new URL('./statements/upsertLinks.cypher', import.meta.url), mode: 'WRITE',
  slots: linkSlots(relation),
  params: LinkRows,
  row: CountsRow.extend({ linked: z.number().int() }),
}));

const createLinks = perKey(ALL_RELATIONS, (relation) => defineQuery({
  file: new URL('./statements/createLinks.cypher', import.meta.url), mode: 'WRITE',
  slots: linkSlots(relation),
  params: LinkRows,
  row: z.object({ linked: z.number().int() }),
}));

/** Raised inside the transaction when the graph changed under the import (an end of a link is gone). */
export class WriteConflict extends Error {}

const add = (into: Record<string, Counts>, name: string, counts: Counts) => {
  const sum = into[name] ?? { created: 0, updated: 0, unchanged: 0 };
  sum.created += counts.created;
  sum.updated += counts.updated;
  sum.unchanged += counts.unchanged;
  into[name] = sum;
};

/**
 * The write passes of an import, inside one transaction the caller owns: every node section,
 * then every link (the link sections, and the links that region and measurement records make),
 * in batches of `batchSize` rows per UNWIND statement. Nodes go first so that a link finds its
 * ends whatever order the bundle lists its sections in.
 *
 * Speed (bench/RESULTS.md): a batch's nodes that the graph does not have yet are created outright
 * and only the others merged; a link with an end this import created cannot exist yet, so it is
 * created outright too. One batch is in flight while the next is read and parsed, so the
 * database and this process work at the same time.
 */
export class BundleWriter {
  readonly counts: WriteCounts = { nodes: {}, links: {} };
  /** The start keys of links in hierarchies, for the checks after writing. */
  readonly hierarchyStarts = new Map<RelationName, Set<string>>();
  /** The keys of the nodes this import created, by label: links to them are new. */
  private readonly created = new Map<Label, Set<string>>();
  private readonly inFlight = new InFlight();
  private done = 0;

  constructor(
    private readonly send: Send,
    private readonly source: BundleSource,
    private readonly run: string,
    private readonly batchSize: number,
    private readonly totals: { nodes: number; links: number },
    private readonly onProgress?: (progress: WriteProgress) => void,
  ) {}

  async write(): Promise<WriteCounts> {
    await this.writeNodes();
    await this.writeLinks();
    return this.counts;
  }

  private async writeNodes(): Promise<void> {
    const buffers = new Map<Label, NodeRow[]>();
    this.done = 0;
    const flush = async (label: Label) => {
      const rows = buffers.get(label) ?? [];
      if (rows.length === 0) return;
      buffers.set(label, []);
      await this.inFlight.start(() => this.writeNodeBatch(label, rows));
    };
    for await (const entry of this.source.entries(new Set(ENTITY_SECTIONS.map((s) => s.name)))) {
      if (entry.type !== 'record' || entry.section.kind !== 'entity') continue;
      const { section } = entry;
      const rows = buffers.get(section.label) ?? [];
      buffers.set(section.label, rows);
      rows.push(nodeRow(section, this.parse(section, entry.value)));
      if (rows.length >= this.batchSize) await flush(section.label);
    }
    for (const label of buffers.keys()) await flush(label);
    await this.inFlight.settle();
  }

  private async writeNodeBatch(label: Label, rows: NodeRow[]): Promise<void> {
    const existing = new Set((await existingKeys(label).runIn(this.send, { keys: rows.map((row) => row.key) })).map((row) => row.key));
    const fresh = rows.filter((row) => !existing.has(row.key));
    const known = rows.filter((row) => existing.has(row.key));
    if (fresh.length > 0) {
      const [result] = await createNodes(label).runIn(this.send, { run: this.run, rows: fresh });
      add(this.counts.nodes, label, { created: result!.created, updated: 0, unchanged: 0 });
      const keys = this.created.get(label) ?? new Set<string>();
      this.created.set(label, keys);
      for (const row of fresh) keys.add(row.key);
    }
    if (known.length > 0) {
      const [counts] = await upsertNodes(label).runIn(this.send, { run: this.run, rows: known });
      add(this.counts.nodes, label, counts!);
    }
    this.progress('nodes', rows.length, this.totals.nodes);
  }

  private async writeLinks(): Promise<void> {
    const buffers = new Map<RelationName, LinkRow[]>();
    this.done = 0;
    const flush = async (relation: RelationName) => {
      const rows = buffers.get(relation) ?? [];
      if (rows.length === 0) return;
      buffers.set(relation, []);
      await this.inFlight.start(() => this.writeLinkBatch(relation, rows));
    };
    const push = async (row: LinkRow) => {
      const rows = buffers.get(row.relation) ?? [];
      buffers.set(row.relation, rows);
      rows.push(row);
      if ('acyclic' in RELATIONS[row.relation]) {
        const starts = this.hierarchyStarts.get(row.relation) ?? new Set<string>();
        this.hierarchyStarts.set(row.relation, starts.add(row.from));
      }
      if (rows.length >= this.batchSize) await flush(row.relation);
    };
    const sections = new Set<string>([...LINK_SECTIONS.map((s) => s.name), 'regions', 'measurements']);
    for await (const entry of this.source.entries(sections)) {
      if (entry.type !== 'record') continue;
      const { section } = entry;
      const record = this.parse(section, entry.value);
      if (section.kind === 'link') await push(linkRow(section, record));
      else for (const row of derivedLinks(section, record)) await push(row);
    }
    for (const relation of buffers.keys()) await flush(relation);
    await this.inFlight.settle();
  }

  private async writeLinkBatch(relation: RelationName, rows: LinkRow[]): Promise<void> {
    const spec = RELATIONS[relation];
    const isNew = (row: LinkRow) => this.created.get(spec.from)?.has(row.from) || this.created.get(spec.to)?.has(row.to);
    const params = (batch: LinkRow[]) => ({ run: this.run, rows: batch.map(({ from, to, props }) => ({ from, to, props })) });
    const fresh = rows.filter(isNew);
    const known = rows.filter((row) => !isNew(row));
    let linked = 0;
    if (fresh.length > 0) {
      const [result] = await createLinks(relation).runIn(this.send, params(fresh));
      linked += result!.linked;
      add(this.counts.links, relation, { created: result!.linked, updated: 0, unchanged: 0 });
    }
    if (known.length > 0) {
      const [result] = await upsertLinks(relation).runIn(this.send, params(known));
      linked += result!.linked;
      add(this.counts.links, relation, result!);
    }
    if (linked !== rows.length) {
      throw new WriteConflict(`${rows.length - linked} ${relation} links lost an end while importing (deleted by another writer?)`);
    }
    this.progress('links', rows.length, this.totals.links);
  }

  private parse(section: Section, value: unknown): Record<string, unknown> {
    return section.schema.parse(value) as Record<string, unknown>;
  }

  private progress(phase: WriteProgress['phase'], rows: number, total: number): void {
    this.done += rows;
    this.onProgress?.({ phase, done: this.done, total });
  }
}

/**
 * At most one batch at a time in flight: `start` waits for the one before (and rethrows its
 * error), then sends the next without waiting for it, so the caller reads on meanwhile.
 */
class InFlight {
  private pending: Promise<void> = Promise.resolve();

  async start(task: () => Promise<void>): Promise<void> {
    await this.pending;
    this.pending = task();
    // Failures surface at the next start or settle; this only keeps Node from calling them unhandled.
    this.pending.catch(() => undefined);
  }

  async settle(): Promise<void> {
    await this.pending;
  }
}
