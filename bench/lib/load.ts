import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Executor } from '../../src/db/executor.js';
import { migrate } from '../../src/db/migrate.js';
import { importBundle, type ImportReport } from '../../src/modules/import/importBundle.js';
import { formatProblem } from '../../src/modules/import/problems.js';
import { objectSource } from '../../src/modules/import/sources/object.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { governmentGraph, indonesianRegions, regionGraph } from '../../src/seed/regions.js';
import { toBundle } from '../../src/seed/toBundle.js';
import { scaleRecords } from '../scale/generate.js';
import { GENERATOR_VERSION, SCALE_SEED, SIZES, type SizeName } from '../scale/sizes.js';
import { writeBundle } from '../scale/writeBundle.js';
import { parts } from './parts.js';

/** Records per import: one transaction's worth that a 10 GB Neo4j heap commits (M is one part). */
export const PART_RECORDS = 1_250_000;

/** How the benchmark graph was loaded: through the import path, part by part. */
export interface LoadFigures {
  readonly size: SizeName;
  readonly seed: number;
  readonly generator: number;
  readonly loadedAt: string;
  readonly regions: { readonly elements: number; readonly seconds: number };
  /** Writing the bundle files (not part of the import rate). */
  readonly generateSeconds: number;
  readonly bundleMb: number;
  readonly parts: ReadonlyArray<{ readonly records: number; readonly elements: number; readonly seconds: number }>;
  /** Nodes and relationships created by the scale bundles, and the time of their imports (check, write, commit). */
  readonly elements: number;
  readonly seconds: number;
  readonly elementsPerSecond: number;
}

/** The file beside the data folder that says which graph the folder holds. */
export const markerOf = (dataDir: string) => `${dataDir}.loaded.json`;

export function loadedFigures(dataDir: string, size: SizeName): LoadFigures | null {
  const marker = markerOf(dataDir);
  if (!existsSync(marker) || !existsSync(dataDir)) return null;
  const figures = JSON.parse(readFileSync(marker, 'utf8')) as LoadFigures;
  return figures.size === size && figures.seed === SCALE_SEED && figures.generator === GENERATOR_VERSION ? figures : null;
}

/** Forgets the graph in `dataDir` (call before the database starts on it). */
export function wipe(dataDir: string): void {
  rmSync(markerOf(dataDir), { force: true });
  rmSync(dataDir, { recursive: true, force: true });
}

const created = (report: ImportReport) => report.totals.created + report.totals.updated + report.totals.unchanged;

function mustHaveImported(report: ImportReport, what: string): void {
  if (report.status !== 'IMPORTED') {
    throw new Error(`the benchmark's ${what} did not import (${report.status}, ${report.problemCount} problems)${report.problems[0] ? `, e.g. ${formatProblem(report.problems[0])}` : ''}`);
  }
}

/**
 * Loads the scale graph of `size` into an empty database through the import path: the real
 * regions and their governments first (one bundle), then the generated graph, written to
 * bundle files of at most PART_RECORDS records and imported one after the other. Records the
 * figures in the marker file.
 */
export async function loadScaleGraph(db: Executor, dataDir: string, size: SizeName, log: (line: string) => void): Promise<LoadFigures> {
  await migrate(db);
  const { areas, governments } = await indonesianRegions();
  let started = performance.now();
  const regions = await importBundle(db, objectSource('bench/regions', toBundle(governmentGraph(governments, regionGraph(areas)))));
  mustHaveImported(regions, 'regions');
  const regionFigures = { elements: created(regions), seconds: seconds(started) };
  log(`regions: ${regionFigures.elements} elements in ${regionFigures.seconds} s`);

  const loaded: Array<LoadFigures['parts'][number]> = [];
  let generateSeconds = 0;
  let bytes = 0;
  let index = 0;
  for (const part of parts(scaleRecords(SIZES[size], areas, SCALE_SEED), PART_RECORDS)) {
    index += 1;
    const file = join(tmpdir(), `kolaborasi-bench-${size}-${index}.json`);
    started = performance.now();
    await writeBundle(file, part);
    generateSeconds += seconds(started);
    bytes += statSync(file).size;
    try {
      started = performance.now();
      const report = await importBundle(db, openBundle(file));
      mustHaveImported(report, `part ${index} (${file})`);
      loaded.push({ records: report.records, elements: created(report), seconds: seconds(started) });
      log(`part ${index}: ${report.records} records, ${created(report)} elements in ${loaded.at(-1)!.seconds} s`);
    } finally {
      rmSync(file, { force: true });
    }
  }
  const elements = loaded.reduce((sum, part) => sum + part.elements, 0);
  const total = loaded.reduce((sum, part) => sum + part.seconds, 0);
  const figures: LoadFigures = {
    size, seed: SCALE_SEED, generator: GENERATOR_VERSION, loadedAt: new Date().toISOString(), regions: regionFigures,
    generateSeconds: round(generateSeconds), bundleMb: round(bytes / 1024 / 1024), parts: loaded,
    elements, seconds: round(total), elementsPerSecond: Math.round(elements / total),
  };
  writeFileSync(markerOf(dataDir), `${JSON.stringify(figures, null, 2)}\n`);
  return figures;
}

const round = (n: number) => Math.round(n * 100) / 100;
const seconds = (since: number) => round((performance.now() - since) / 1000);
