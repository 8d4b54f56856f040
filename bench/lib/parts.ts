import type { ScaleRecord } from '../scale/generate.js';

/**
 * Cuts a record stream into parts of at most `size` records, each of which is a bundle on its
 * own: the generator yields nodes before links, so a part's links find their ends in the part or
 * in the graph the parts before it left. Neo4j holds an import's transaction in memory until it
 * commits, so L (millions of relationships) loads as several imports. Yields one iterable per
 * part, to be consumed in order.
 */
export function* parts(records: Iterable<ScaleRecord>, size: number): Generator<Iterable<ScaleRecord>> {
  const iterator = records[Symbol.iterator]();
  let next = iterator.next();
  while (!next.done) {
    yield {
      *[Symbol.iterator]() {
        for (let count = 0; count < size && !next.done; count += 1) {
          yield next.value;
          next = iterator.next();
        }
      },
    };
  }
}
