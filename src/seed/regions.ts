import { buildAreas, readAreaData, type Areas } from './areaData.js';
import { governmentsOf, type Government } from './governments.js';
import { SeedGraph } from './seedGraph.js';
import { IDN_AREA_DATA } from './sources.js';

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
export function governmentGraph(governments: readonly Government[], graph = new SeedGraph()): SeedGraph {
  for (const g of governments) {
    graph.addNode('Agency', g.id, { name: g.name, acronym: null, kind: g.kind, level: g.level }, SOURCES);
    graph.addLink('JURISDICTION', g.id, g.regionCode, SOURCES);
  }
  return graph;
}

/** Indonesia's administrative areas (idn-area-data) and one government for each province, regency and city. */
export async function indonesianRegions(): Promise<{ areas: Areas; governments: readonly Government[] }> {
  const areas = buildAreas(await readAreaData());
  return { areas, governments: governmentsOf(areas) };
}
