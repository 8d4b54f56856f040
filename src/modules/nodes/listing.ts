import { readListPage, type FilterValues, type ListedLabel } from './listStore.js';
import { toFulltextQuery } from './fulltext.js';
import type { Records } from '../../model/records.js';
import type { Page } from '../shared/paging.js';
import type { Executor } from '../../db/executor.js';

/** The API's sort fields and the properties they sort by. */
const SORT_PROPERTIES: Record<string, string> = {
  NAME: 'name', TITLE: 'title', ID: 'id', CODE: 'code', YEAR: 'year', START_YEAR: 'startYear',
};

/** One page of a root list, parsed: the label's filters, the text typed, the sort, the page. */
export interface ListQuery {
  readonly filters: FilterValues;
  /** What the user typed to search names; null or blank for no search. */
  readonly search: string | null | undefined;
  /** An API sort field (NAME, TITLE, ...). */
  readonly sort: string;
  readonly descending: boolean;
  readonly first: number;
  /** Key of the last node already seen, or null for the first page. */
  readonly after: string | null;
}

/** One page of nodes of a label, filtered, searched and sorted, in one statement. */
export async function listNodes<L extends ListedLabel>(db: Executor, label: L, query: ListQuery): Promise<Page<Records[L]>> {
  return readListPage(db, label, {
    filters: query.filters,
    search: toFulltextQuery(query.search),
    sortField: SORT_PROPERTIES[query.sort] ?? query.sort,
    descending: query.descending,
    first: query.first,
    after: query.after,
  });
}
