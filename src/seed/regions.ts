import type { Executor } from '../db/executor.js';
import { buildAreas, readAreaData, type Areas } from './areaData.js';
import { governmentsOf, type Government } from './governments.js';
import { SeedGraph } from './seedGraph.js';
import { IDN_AREA_DATA } from './sources.js';
import { secondsSince } from './timing.js';
import { writeGraph } from './writeGraph.js';

const SOURCES = [IDN_AREA_DATA];

/** Every region, from the country down to the districts, each PART_OF the region above it. */
export function regionGraph(areas: Areas): SeedGraph {
  const graph = new SeedGraph();
  for (const area of [areas.country, ...areas.provinces, ...areas.regencies, ...areas.districts]) {
    graph.addNode('Region', area.code, {
      name: area.name, level: area.level, isCity: area.isCity, outermostIslandCount: area.outermostIslandCount,
    }, SOURCES);
    if (area.parentCode) graph.addLink('REGION_PART_OF', area.code, area.parentCode, SOURCES);
  }
  return graph;
}

/**
 * One Agency per provincial, regency and city government, with JURISDICTION over its region.
 * No REPORTS_TO: regional governments are autonomous (otonomi daerah), not subordinates of the
 * province or the centre.
 */
export function governmentGraph(governments: readonly Government[]): SeedGraph {
  const graph = new SeedGraph();
  for (const g of governments) {
    graph.addNode('Agency', g.id, { name: g.name, acronym: null, kind: g.kind, level: g.level }, SOURCES);
    graph.addLink('JURISDICTION', g.id, g.regionCode, SOURCES);
  }
  return graph;
}

export interface LoadedRegions {
  readonly areas: Areas;
  readonly governments: readonly Government[];
}

/**
 * Loads Indonesia's administrative areas from the npm package idn-area-data (a country root,
 * 38 provinces, 514 regencies and cities, every district) and one government agency for each
 * province, regency and city. Idempotent.
 */
export async function loadIndonesianRegions(db: Executor, log: (line: string) => void = () => undefined): Promise<LoadedRegions> {
  let start = performance.now();
  const areas = buildAreas(await readAreaData());
  const regions = regionGraph(areas);
  await writeGraph(db, regions);
  log(`seed: regions: ${regions.nodeCount()} (1 country, ${areas.provinces.length} provinces, ${areas.regencies.length} regencies and cities, `
    + `${areas.districts.length} districts) in ${secondsSince(start)} s`);

  start = performance.now();
  const governments = governmentsOf(areas);
  await writeGraph(db, governmentGraph(governments));
  log(`seed: agencies: ${governments.length} regional governments in ${secondsSince(start)} s`);
  return { areas, governments };
}
