import { z } from 'zod';
import { fillTemplate, readCypher } from '../db/cypher.js';
import { defineQuery, type Send } from '../db/query.js';
import { LABELS, type Label } from '../model/labels.js';
import { RELATIONS, type RelationName } from '../model/relations.js';
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

const memo = <K, V>(make: (key: K) => V) => {
  const cache = new Map<K, V>();
  return (key: K): V => {
    const known = cache.get(key);
    if (known !== undefined) return known;
    const made = make(key);
    cache.set(key, made);
    return made;
  };
};

const upsertNodes = memo((label: Label) => defineQuery({
  name: 'import/upsertNodes', mode: 'WRITE',
  text: fillTemplate(readCypher('import/upsertNodes'), { Label: label, key: LABELS[label].key }),
  params: z.object({ run: z.string(), rows: z.array(z.object({ key: z.string(), props: z.record(z.string(), z.unknown()) })) }),
  row: CountsRow,
}));

const upsertLinks = memo((relation: RelationName) => {
  const spec = RELATIONS[relation];
  return defineQuery({
    name: 'import/upsertLinks', mode: 'WRITE',
    text: fillTemplate(readCypher('import/upsertLinks'), {
      From: spec.from, fromKey: LABELS[spec.from].key, TYPE: spec.type, To: spec.to, toKey: LABELS[spec.to].key,
    }),
    params: z.object({
      run: z.string(),
      rows: z.array(z.object({ from: z.string(), to: z.string(), props: z.record(z.string(), z.unknown()) })),
    }),
    row: CountsRow.extend({ linked: z.number().int() }),
  });
});

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
 */
export class BundleWriter {
  readonly counts: WriteCounts = { nodes: {}, links: {} };
  /** The start keys of links in hierarchies, for the checks after writing. */
  readonly hierarchyStarts = new Map<RelationName, Set<string>>();
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
      const [counts] = await upsertNodes(label).runIn(this.send, { run: this.run, rows });
      add(this.counts.nodes, label, counts!);
      this.progress('nodes', rows.length, this.totals.nodes);
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
  }

  private async writeLinks(): Promise<void> {
    const buffers = new Map<RelationName, LinkRow[]>();
    this.done = 0;
    const flush = async (relation: RelationName) => {
      const rows = buffers.get(relation) ?? [];
      if (rows.length === 0) return;
      buffers.set(relation, []);
      const [result] = await upsertLinks(relation).runIn(this.send, {
        run: this.run, rows: rows.map(({ from, to, props }) => ({ from, to, props })),
      });
      if (result!.linked !== rows.length) {
        throw new WriteConflict(`${rows.length - result!.linked} ${relation} links lost an end while importing (deleted by another writer?)`);
      }
      add(this.counts.links, relation, result!);
      this.progress('links', rows.length, this.totals.links);
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
  }

  private parse(section: Section, value: unknown): Record<string, unknown> {
    return section.schema.parse(value) as Record<string, unknown>;
  }

  private progress(phase: WriteProgress['phase'], rows: number, total: number): void {
    this.done += rows;
    this.onProgress?.({ phase, done: this.done, total });
  }
}
