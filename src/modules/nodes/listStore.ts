import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { cypherName, fillTemplate, readCypher } from '../../db/cypher.js';
import { LABELS, type Label } from '../../model/labels.js';
import { RECORDS, type Records } from '../../model/records.js';
import type { Page } from '../shared/paging.js';

/**
 * Which list statement serves which label, and the filters it takes (all nullable). Each file
 * holds only the list's own MATCH and WHERE, which yield `n`; every list shares its search head
 * and its paging tail (listHead.cypher, listTail.cypher), joined to it here.
 */
const LISTS = {
  Agency: { file: new URL('../agency/agencies.cypher', import.meta.url), filters: ['kind', 'level', 'theme', 'region'] },
  Program: { file: new URL('../program/programs.cypher', import.meta.url), filters: ['track', 'status', 'theme', 'region', 'agency', 'helix', 'activeIn'] },
  Region: { file: new URL('../region/regions.cypher', import.meta.url), filters: ['level', 'within', 'remote'] },
  Partner: { file: new URL('../partner/partners.cypher', import.meta.url), filters: ['helix', 'program'] },
  Theme: { file: new URL('../theme/themes.cypher', import.meta.url), filters: ['parent', 'rootsOnly'] },
  Indicator: { file: new URL('../indicator/indicators.cypher', import.meta.url), filters: ['program', 'theme'] },
  Mandate: { file: new URL('../mandate/mandates.cypher', import.meta.url), filters: ['agency', 'theme', 'regulation'] },
  Regulation: { file: new URL('../regulation/regulations.cypher', import.meta.url), filters: ['kind', 'year'] },
  Forum: { file: new URL('../forum/forums.cypher', import.meta.url), filters: ['kind', 'member'] },
} as const satisfies Partial<Record<Label, { file: URL; filters: readonly string[] }>>;

/** The search head ($search; yields `hits`) and the paging tail ($sortField, $descending, $first, $after) of every list. */
export const LIST_HEAD = new URL('./listHead.cypher', import.meta.url);
export const LIST_TAIL = new URL('./listTail.cypher', import.meta.url);

export type ListedLabel = keyof typeof LISTS;
export type FilterValues = Record<string, string | number | boolean | null | undefined>;

export interface ListRequest {
  readonly filters: FilterValues;
  /** A Lucene query (see fulltext.ts), or null. */
  readonly search: string | null;
  readonly sortField: string;
  readonly descending: boolean;
  readonly first: number;
  /** Key of the last node already seen, or null for the first page. */
  readonly after: string | null;
}

/**
 * The typed handle on one label's list statement: head, the label's MATCH and WHERE, tail (its
 * `__key__` filled from the model's allow-list). Only files are joined, never a value: every
 * value is a $parameter.
 */
export function defineList<L extends ListedLabel>(label: L) {
  const spec = LISTS[label];
  const filterShape = Object.fromEntries(
    spec.filters.map((name) => [name, z.union([z.string(), z.number(), z.boolean()]).nullish().transform((v) => v ?? null)]),
  );
  const params = z.object({
    ...filterShape,
    search: z.string().nullable(),
    sortField: z.string(),
    descending: z.boolean(),
    first: z.number().int().min(0),
    after: z.string().nullable(),
  });
  const row = z.object({
    totalCount: z.number().int(),
    start: z.number().int().nullable(),
    page: z.array(RECORDS[label] as unknown as z.ZodType<Records[L]>),
  });
  const text = [readCypher(LIST_HEAD), readCypher(spec.file), fillTemplate(readCypher(LIST_TAIL), { key: LABELS[label].key })].join('');
  return {
    name: cypherName(spec.file),
    mode: 'READ' as const,
    text,
    params,
    row,
    async run(db: Executor, values: z.input<typeof params>): Promise<Array<z.output<typeof row>>> {
      const result = await db.run('READ', text, params.parse(values));
      return result.records.map((record) => row.parse(record.toObject()));
    },
  };
}

const cache = new Map<ListedLabel, ReturnType<typeof defineList>>();

/** One page of nodes of a label, in one statement. */
export async function readListPage<L extends ListedLabel>(db: Executor, label: L, request: ListRequest): Promise<Page<Records[L]>> {
  let query = cache.get(label);
  if (!query) {
    query = defineList(label);
    cache.set(label, query);
  }
  const filters = Object.fromEntries(LISTS[label].filters.map((name) => [name, request.filters[name] ?? null]));
  const [row] = await query.run(db, {
    ...filters,
    search: request.search,
    sortField: request.sortField,
    descending: request.descending,
    first: request.first,
    after: request.after,
  });
  return { totalCount: row!.totalCount, start: row!.start, nodes: row!.page as Records[L][] };
}
