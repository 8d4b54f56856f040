import { z } from 'zod';
import { BadUserInputError } from '../../errors.js';
import type { ListPage } from '../nodes/listStore.js';
import { parseArgs } from '../../graphql/validation.js';

export const MAX_PAGE_SIZE = 100;

const pageArgs = (max: number) => z.object({
  first: z.number().int().min(0, 'must be 0 or more').max(max, `must be at most ${max}`).nullish(),
  after: z.string().max(400).nullish(),
});
const PageArgs = pageArgs(MAX_PAGE_SIZE);

/** Cursors are opaque to clients: the base64url of the node's key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('k:') || encodeCursor(decoded.slice(2)) !== cursor) {
    throw BadUserInputError.of('after', 'is not a cursor this API gave out');
  }
  return decoded.slice(2);
}

/** `maxPageSize`: a larger cap for a list that computes its whole result whatever the page (coverageGaps). */
export function parsePageArgs(args: { first?: number | null; after?: string | null }, maxPageSize = MAX_PAGE_SIZE) {
  const { first, after } = parseArgs(maxPageSize === MAX_PAGE_SIZE ? PageArgs : pageArgs(maxPageSize), args);
  return { first: first ?? 20, after: after ? decodeCursor(after) : null };
}

/** A Relay connection from one page of a list statement. */
export function toConnection<R>(page: ListPage<R>, first: number, keyOf: (node: R) => string) {
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
