import { summarize, type Summary } from './stats.js';

/** One way of getting a case's answer: our API, the Cypher floor, or the peer. */
export type Runner = () => Promise<unknown>;

export interface Sides<T> {
  readonly ours: T;
  readonly floor: T;
  readonly peer?: T;
}

/**
 * Times the runners of one case side by side: `warmup` untimed rounds (Neo4j plans each
 * statement the first time and the JIT warms up), then `iterations` timed rounds. In each round
 * every runner goes once, in an order that rotates, so that no side always follows another.
 */
export async function measureCase(runners: Sides<Runner>, warmup: number, iterations: number): Promise<Sides<Summary>> {
  const names = (['ours', 'floor', 'peer'] as const).filter((name) => runners[name] !== undefined);
  const samples = new Map<string, number[]>(names.map((name) => [name, []]));
  for (let round = 0; round < warmup + iterations; round += 1) {
    for (let k = 0; k < names.length; k += 1) {
      const name = names[(round + k) % names.length]!;
      const started = performance.now();
      await runners[name]!();
      if (round >= warmup) samples.get(name)!.push(performance.now() - started);
    }
  }
  return {
    ours: summarize(samples.get('ours')!),
    floor: summarize(samples.get('floor')!),
    ...(runners.peer ? { peer: summarize(samples.get('peer')!) } : {}),
  };
}
