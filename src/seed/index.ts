import { FACTS } from '../../data/facts/index.js';
import type { Executor } from '../db/executor.js';
import { factGraph } from './facts.js';
import { loadIndonesianRegions } from './regions.js';
import type { SeedGraph } from './seedGraph.js';
import { countGraph, type GraphCounts } from './summary.js';
import { syntheticGraph } from './synthetic.js';
import { secondsSince } from './timing.js';
import { writeGraph } from './writeGraph.js';

export { graphHasData } from './summary.js';
export { loadIndonesianRegions } from './regions.js';

export interface SeedSummary extends GraphCounts {
  readonly seconds: number;
}

/**
 * Loads the demo graph: Indonesia's regions and regional governments (idn-area-data), the facts
 * of the seed articles (data/facts) and the synthetic demo data on top of them. Every write
 * is a MERGE on keys, so seeding again changes nothing and a run cut short is completed by the
 * next one. Expects the constraints of cypher/migrations to exist (run `migrate` first): MERGE
 * relies on them to be fast and to stay unique.
 */
export async function seedDemoGraph(db: Executor, log: (line: string) => void = () => undefined): Promise<SeedSummary> {
  const started = performance.now();
  const seeding = db.withMetadata({ operation: 'seedDemoGraph' });
  const { areas, governments } = await loadIndonesianRegions(seeding, log);

  await step('facts', () => factGraph(FACTS));
  await step('synthetic', () => syntheticGraph({ areas, governments, facts: FACTS }));

  const counts = await countGraph(db);
  return { ...counts, seconds: Number(secondsSince(started)) };

  async function step(name: string, build: () => SeedGraph): Promise<void> {
    const start = performance.now();
    const graph = build();
    await writeGraph(seeding, graph);
    log(`seed: ${name}: ${graph.nodeCount()} nodes, ${graph.linkCount()} relationships in ${secondsSince(start)} s`);
  }
}
