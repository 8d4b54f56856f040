import { z } from 'zod';
import { BadUserInputError } from '../errors.js';
import { decodeCursor, DEFAULT_PAGE_SIZE, encodeCursor, MAX_PAGE_SIZE, type Page, type PageRequest } from '../modules/shared/paging.js';
import { parseArgs } from './validation.js';

/** The Relay side of paging: the `first`/`after` arguments in, a connection out (the Page itself: src/modules/shared/paging.ts). */

const pageArgsByMax = new Map<number, z.ZodType<{ first?: number | null; after?: string | null }>>();

function pageArgs(max: number) {
  let schema = pageArgsByMax.get(max);
  if (!schema) {
    schema = z.object({
      first: z.number().int().min(0, 'must be 0 or more').max(max, `must be at most ${max}`).nullish(),
      after: z.string().max(400).nullish(),
    });
    pageArgsByMax.set(max, schema);
  }
  return schema;
}

/** `maxPageSize`: a larger cap for a list that computes its whole result whatever the page (coverageGaps). */
export function parsePageArgs(args: { first?: number | null; after?: string | null }, maxPageSize = MAX_PAGE_SIZE): PageRequest {
  const { first, after } = parseArgs(pageArgs(maxPageSize), args);
  return { first: first ?? DEFAULT_PAGE_SIZE, after: after ? decodeCursor(after) : null };
}

/** A Relay connection from one page. */
export function toConnection<R>(page: Page<R>, first: number, keyOf: (node: R) => string) {
  if (page.start === null) {
    throw BadUserInputError.of('after', 'the node this cursor points at is no longer in the result (deleted, or the filter changed)');
  }
  const nodes = page.nodes.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    totalCount: page.totalCount,
    nodes,
    edges,
    pageInfo: {
      hasNextPage: page.nodes.length > first,
      hasPreviousPage: page.start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
