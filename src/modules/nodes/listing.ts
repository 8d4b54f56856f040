import { z } from 'zod';
import { listNodes, type FilterValues, type ListedLabel } from './listStore.js';
import { toFulltextQuery } from './fulltext.js';
import { LABELS } from '../../model/labels.js';
import type { Records } from '../../model/records.js';
import type { GraphContext } from '../../graphql/context.js';
import { parsePageArgs, toConnection } from '../shared/paging.js';
import { parseArgs } from '../../graphql/validation.js';

/** The API's sort fields and the properties they sort by. */
const SORT_PROPERTIES: Record<string, string> = {
  NAME: 'name', TITLE: 'title', ID: 'id', CODE: 'code', YEAR: 'year', START_YEAR: 'startYear',
};

const Search = z.string().max(200, 'must be at most 200 characters').nullish();

export interface ListArgs {
  filter?: (FilterValues & { search?: string | null }) | null;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' | null } | null;
  first?: number | null;
  after?: string | null;
}

/** A root list field: validate paging, run the label's list statement, shape a connection. */
export async function listConnection<L extends ListedLabel>(ctx: GraphContext, label: L, args: ListArgs, defaultSort: string) {
  const { first, after } = parsePageArgs(args);
  const { search, ...filters } = args.filter ?? {};
  const sortField = SORT_PROPERTIES[args.orderBy?.field ?? defaultSort] ?? defaultSort;
  const page = await listNodes(ctx.db, label, {
    filters,
    search: toFulltextQuery(parseArgs(Search, search, 'filter.search')),
    sortField,
    descending: args.orderBy?.direction === 'DESC',
    first,
    after,
  });
  const key = LABELS[label].key;
  return toConnection(page, first, (node: Records[L]) => String((node as Record<string, unknown>)[key]));
}
