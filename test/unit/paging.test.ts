import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf } from '../../src/modules/shared/paging.js';
import { parsePageArgs, toConnection } from '../../src/graphql/connection.js';
import { BadUserInputError } from '../../src/errors.js';

const rows = ['p', 'q', 'r', 's'];
const key = (row: string) => row;

describe('pageOf', () => {
  it('cuts a page the way the list statements do: first + 1 rows after the key', () => {
    expect(pageOf(rows, 2, null, key)).toEqual({ totalCount: 4, start: 0, nodes: ['p', 'q', 'r'] });
    expect(pageOf(rows, 2, 'q', key)).toEqual({ totalCount: 4, start: 2, nodes: ['r', 's'] });
    expect(pageOf(rows, 2, 's', key)).toEqual({ totalCount: 4, start: 4, nodes: [] });
    expect(pageOf(rows, 0, null, key)).toEqual({ totalCount: 4, start: 0, nodes: ['p'] });
  });
  it('has no start when the key is not in the result', () => {
    expect(pageOf(rows, 2, 'gone', key)).toEqual({ totalCount: 4, start: null, nodes: [] });
    expect(pageOf([], 2, null, key)).toEqual({ totalCount: 0, start: 0, nodes: [] });
  });
});

describe('toConnection', () => {
  it('keeps first nodes and tells of the pages around them', () => {
    const connection = toConnection(pageOf(rows, 2, 'p', key), 2, key);
    expect(connection.nodes).toEqual(['q', 'r']);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor('q'), endCursor: encodeCursor('r'),
    });
    expect(decodeCursor(connection.edges[1]!.cursor)).toBe('r');
  });
  it('refuses a cursor whose node left the result', () => {
    expect(() => toConnection(pageOf(rows, 2, 'gone', key), 2, key)).toThrow(BadUserInputError);
  });
  it('parses first and after, with a larger cap when a list allows one', () => {
    expect(parsePageArgs({ first: 3, after: encodeCursor('q') })).toEqual({ first: 3, after: 'q' });
    expect(parsePageArgs({ first: 500 }, 500)).toEqual({ first: 500, after: null });
    expect(() => parsePageArgs({ first: 501 }, 500)).toThrow('first: must be at most 500');
    expect(() => parsePageArgs({ first: -1 })).toThrow('first: must be 0 or more');
  });
});
