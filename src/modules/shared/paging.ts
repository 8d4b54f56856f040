import { BadUserInputError } from '../../errors.js';

/**
 * Paging, in one place. Every list (the list statements, the analyses computed in TypeScript)
 * hands back a Page: the resolver layer turns it into a Relay connection (src/graphql/connection.ts).
 */

/** The most nodes a client may ask for in one page (a list may allow more: coverageGaps). */
export const MAX_PAGE_SIZE = 100;

/** The page size when a client gives none. */
export const DEFAULT_PAGE_SIZE = 20;

/** One page of a sorted result. */
export interface Page<R> {
  readonly totalCount: number;
  /** Index of the first node of `nodes` in the whole result; null when `after` is not in it. */
  readonly start: number | null;
  /** Up to first + 1 nodes: an extra one tells there is a next page. */
  readonly nodes: R[];
}

/** Which page a caller wants: `after` is the key of the last node already seen, null for the first page. */
export interface PageRequest {
  readonly first: number;
  readonly after: string | null;
}

/**
 * One page of a result sorted in TypeScript, cut the way the list statements cut theirs
 * (src/modules/nodes/listTail.cypher): `start` is the index after the item whose key is `after`
 * (null when no item has it), and the page holds up to first + 1 items.
 */
export function pageOf<R>(items: readonly R[], first: number, after: string | null, keyOf: (item: R) => string): Page<R> {
  let start: number | null = 0;
  if (after !== null) {
    const index = items.findIndex((item) => keyOf(item) === after);
    start = index < 0 ? null : index + 1;
  }
  return { totalCount: items.length, start, nodes: start === null ? [] : items.slice(start, start + first + 1) };
}

/** Cursors are opaque to clients: the base64url of the node's key. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/** The key a cursor names; BAD_USER_INPUT on `after` for anything this API did not give out. */
export function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('k:') || encodeCursor(decoded.slice(2)) !== cursor) {
    throw BadUserInputError.of('after', 'is not a cursor this API gave out');
  }
  return decoded.slice(2);
}
