import { describe, expect, it } from 'vitest';
import { FACTS } from '../../data/facts/index.js';
import { buildAreas, readAreaData } from '../../src/seed/areaData.js';
import { governmentsOf } from '../../src/seed/governments.js';
import { mulberry32, Random } from '../../src/seed/random.js';
import type { SeedGraph } from '../../src/seed/seedGraph.js';
import { syntheticGraph } from '../../src/seed/synthetic.js';

const draws = (next: () => number, n: number) => Array.from({ length: n }, next);

/** Everything a SeedGraph would write, as plain data, in insertion order. */
function snapshot(graph: SeedGraph) {
  return {
    nodes: [...graph.nodes].map(([label, rows]) => [label, [...rows.values()]]),
    links: [...graph.links].map(([relation, rows]) => [relation, [...rows.values()]]),
  };
}

describe('mulberry32', () => {
  it('gives the same sequence for the same seed', () => {
    expect(draws(mulberry32(42), 100)).toEqual(draws(mulberry32(42), 100));
  });

  it('gives another sequence for another seed', () => {
    expect(draws(mulberry32(42), 10)).not.toEqual(draws(mulberry32(43), 10));
  });

  it('stays in [0, 1)', () => {
    const values = draws(mulberry32(7), 10_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
  });
});

describe('Random', () => {
  it('draws integers within bounds, both ends included', () => {
    const random = new Random(1);
    const values = new Set(Array.from({ length: 2_000 }, () => random.int(3, 6)));
    expect([...values].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items, no more than there are', () => {
    const random = new Random(2);
    const sample = random.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    expect(random.sample([1, 2], 5)).toHaveLength(2);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new Random(3).pick([])).toThrow();
  });
});

describe('syntheticGraph', () => {
  it('is the same graph every time', async () => {
    const areas = buildAreas(await readAreaData());
    const input = { areas, governments: governmentsOf(areas), facts: FACTS };
    expect(snapshot(syntheticGraph(input))).toEqual(snapshot(syntheticGraph(input)));
    expect(snapshot(syntheticGraph(input, 1))).not.toEqual(snapshot(syntheticGraph(input)));
  });
});
