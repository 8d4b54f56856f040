import { FACTS } from '../../data/facts/index.js';
import type { Executor } from '../db/executor.js';
import { importBundle, type ImportProgress, type ImportReport } from '../modules/import/importBundle.js';
import { formatProblem } from '../modules/import/problems.js';
import { objectSource } from '../modules/import/sources/object.js';
import { factGraph } from './facts.js';
import { governmentGraph, indonesianRegions, regionGraph } from './regions.js';
import type { SeedGraph } from './seedGraph.js';
import { countGraph, type GraphCounts } from './summary.js';
import { syntheticGraph } from './synthetic.js';
import { secondsSince } from './timing.js';
import { toBundle } from './toBundle.js';

export { graphHasData } from './summary.js';

/** The names of the seeding steps, in the order they run. */
export const SEED_STEPS = ['regions', 'facts', 'synthetic'] as const;

export interface SeedOptions {
  /** Each step's import progress, with the number of records its bundle holds (what checking counts). */
  readonly onProgress?: (step: string, progress: ImportProgress, records: number) => void;
}

export interface SeedSummary extends GraphCounts {
  readonly seconds: number;
  /** One import per step: regions (with their governments), facts, synthetic. */
  readonly imports: readonly ImportReport[];
}

/** The records of a bundle: the rows of each section and of each kind of link. */
function recordsIn(bundle: Record<string, unknown>): number {
  const rows = (sections: object) => Object.values(sections).reduce((sum: number, value) => sum + (Array.isArray(value) ? value.length : 0), 0);
  return rows(bundle) + rows((bundle.links as object | undefined) ?? {});
}

/**
 * Loads the demo graph: Indonesia's regions and regional governments (idn-area-data), the facts
 * of the seed articles (data/facts) and the synthetic demo data on top of them. Each step is
 * an import bundle loaded through src/import like any other: validated first, written in one
 * transaction, with an ImportRun. Seeding again changes no record (each step's report counts
 * everything unchanged); only a new ImportRun per step records that it ran.
 */
export async function seedDemoGraph(db: Executor, log: (line: string) => void = () => undefined, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const { areas, governments } = await indonesianRegions();
  const imports: ImportReport[] = [];
  const steps: Array<[(typeof SEED_STEPS)[number], () => SeedGraph]> = [
    ['regions', () => governmentGraph(governments, regionGraph(areas))],
    ['facts', () => factGraph(FACTS)],
    ['synthetic', () => syntheticGraph({ areas, governments, facts: FACTS })],
  ];
  for (const [name, build] of steps) {
    const start = performance.now();
    const graph = build();
    const bundle = toBundle(graph);
    const records = recordsIn(bundle);
    const onProgress = options.onProgress && ((progress: ImportProgress) => options.onProgress!(name, progress, records));
    const report = await importBundle(db, objectSource(`demo-graph/${name}`, bundle), { onProgress });
    if (report.status !== 'IMPORTED') {
      throw new Error(`the demo graph's ${name} step is not a valid bundle (${report.problemCount} problems), e.g. ${formatProblem(report.problems[0]!)}`);
    }
    imports.push(report);
    const { created, updated, unchanged } = report.totals;
    log(`seed: ${name}: ${graph.nodeCount()} nodes, ${graph.linkCount()} relationships (created ${created}, updated ${updated}, unchanged ${unchanged}) in ${secondsSince(start)} s`);
  }
  const counts = await countGraph(db);
  return { ...counts, imports, seconds: Number(secondsSince(started)) };
}
