import { existsSync, readdirSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import type { ImportProgress } from '../modules/import/importBundle.js';

/**
 * What `npm start` says while it starts: one line per phase (the embedded Neo4j, the schema,
 * each seeding step, ready), each with its time, in English like the rest of the command line.
 * On a terminal the long seeding steps also draw a progress bar, erased when the step's line is
 * printed; anywhere else (a log file, a pipe, the tests) only the lines are written, with no
 * control characters.
 */

/** A duration in seconds with one decimal: `21.3 s`. */
export function formatSeconds(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
}

/** A count with English digit grouping: `16,763`. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

/** True when the data folder holds nothing yet: Neo4j creates its store, the slow first start. */
export function isNewDataFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

export function neo4jStartingLine(dir: string, newFolder: boolean): string {
  return newFolder
    ? `neo4j: starting the embedded database in ${dir} (a new data folder: the first start takes longer)`
    : `neo4j: starting the embedded database in ${dir}`;
}

export function neo4jReadyLine(uri: string, ms: number, pid: number | undefined): string {
  return `neo4j: ready at ${uri} in ${formatSeconds(ms)} (auth off, loopback only${pid === undefined ? '' : `; pid ${pid}`})`;
}

export function schemaLine(statements: number, ms: number): string {
  return `schema: ${statements} constraints and indexes online in ${formatSeconds(ms)}`;
}

export type SeedDecision = 'seed' | 'has-data' | 'never';

/** The line before the seeding steps, or the one that says why there are none. */
export function seedDecisionLine(decision: SeedDecision, steps: readonly string[]): string {
  if (decision === 'never') return 'seed: skipped (SEED=never)';
  if (decision === 'has-data') return 'seed: skipped, the database already holds a graph (SEED=auto)';
  return `seed: loading the demo graph in ${steps.length} steps (${steps.join(', ')})`;
}

export function readyLine(base: string, ms: number): string {
  return `ready: GraphQL API at ${base}/graphql, workbench at ${base}/, playground at ${base}/playground, explorer at ${base}/explorer (started in ${formatSeconds(ms)})`;
}

const PHASE_NAMES: Record<ImportProgress['phase'], string> = { validate: 'checking', nodes: 'writing nodes', links: 'writing links' };

/** The words and figures a step's progress bar shows: `seed: regions, writing nodes`, 5000 of 16763. */
export function barState(step: string, progress: ImportProgress, records: number): { label: string; value: number; total: number } {
  const total = Math.max('total' in progress ? progress.total : records, progress.done, 1);
  return { label: `seed: ${step}, ${PHASE_NAMES[progress.phase]}`, value: Math.min(progress.done, total), total };
}

/** The seeding steps' progress: a bar on a terminal, nothing elsewhere. */
export interface StepProgress {
  update(step: string, progress: ImportProgress, records: number): void;
  /** Erases the bar (before a line is printed). */
  clear(): void;
}

export function stepProgress(stream: NodeJS.WriteStream = process.stderr): StepProgress {
  if (!stream.isTTY) return { update: () => undefined, clear: () => undefined };
  let bar: SingleBar | undefined;
  let shown: string | undefined;
  return {
    update(step, progress, records) {
      const state = barState(step, progress, records);
      if (state.label !== shown) {
        bar?.stop();
        bar = new SingleBar({
          format: '{label} [{bar}] {value}/{total} records',
          stream, hideCursor: true, clearOnComplete: true, noTTYOutput: false,
        }, Presets.shades_classic);
        bar.start(state.total, state.value, { label: state.label });
        shown = state.label;
      }
      bar!.setTotal(state.total);
      bar!.update(state.value, { label: state.label });
    },
    clear() {
      bar?.stop();
      bar = undefined;
      shown = undefined;
    },
  };
}
