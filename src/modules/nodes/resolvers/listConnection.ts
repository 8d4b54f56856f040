import type { GraphContext } from '../../../graphql/context.js';
import { parsePageArgs, toConnection } from '../../../graphql/connection.js';
import { parseArgs } from '../../../graphql/validation.js';
import { LABELS } from '../../../model/labels.js';
import type { Records } from '../../../model/records.js';
import { ListSearch } from '../input.js';
import { listNodes } from '../listing.js';
import type { FilterValues, ListedLabel } from '../listStore.js';

/** A root list field's arguments, as every entity area's SDL gives them. */
export interface ListArgs {
  filter?: (FilterValues & { search?: string | null }) | null;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' | null } | null;
  first?: number | null;
  after?: string | null;
}

/** A root list field (agencies, programs, ...): parse the page and search, list, shape a connection. */
export async function listConnection<L extends ListedLabel>(ctx: GraphContext, label: L, args: ListArgs, defaultSort: string) {
  const { first, after } = parsePageArgs(args);
  const { search, ...filters } = args.filter ?? {};
  const page = await listNodes(ctx.db, label, {
    filters,
    search: parseArgs(ListSearch, search, 'filter.search'),
    sort: args.orderBy?.field ?? defaultSort,
    descending: args.orderBy?.direction === 'DESC',
    first,
    after,
  });
  const key = LABELS[label].key;
  return toConnection(page, first, (node: Records[L]) => String((node as Record<string, unknown>)[key]));
}
