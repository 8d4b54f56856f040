import { useQuery } from '@tanstack/react-query';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPoint } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/*
 * The boundaries: data/geo (BPS and OCHA ROAP, COD-AB 2020, via geoBoundaries; codes and names
 * from idn-area-data; see data/geo/SOURCE.md), served by this server at /app/geo/. Features carry
 * id = the idn-area-data code ("65", "65.03") and `name` in upper case. Nothing is fetched from
 * anywhere else: no tiles, no basemap.
 */

export type GeoLayer = 'provinces' | 'regencies';

interface RegionProperties { code: string; name: string }
type RegionTopology = Topology<{ [K in GeoLayer]?: GeometryCollection<RegionProperties> }>;

export interface GeoRegion {
  readonly code: string;
  readonly name: string;
  readonly feature: Feature<Geometry, RegionProperties>;
}

export interface GeoData {
  readonly layer: GeoLayer;
  readonly regions: readonly GeoRegion[];
  /** For regencies: the borders between two provinces (drawn heavier at the national view). */
  readonly provinceBorders: MultiLineString | null;
}

const provinceOf = (code: string) => code.split('.')[0];

async function loadLayer(layer: GeoLayer, signal?: AbortSignal): Promise<GeoData> {
  const response = await fetch(`/app/geo/${layer}.topo.json`, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}: /app/geo/${layer}.topo.json`);
  const topology = (await response.json()) as RegionTopology;
  const object = topology.objects[layer];
  if (!object) throw new Error(`/app/geo/${layer}.topo.json holds no "${layer}" object`);
  const collection = feature(topology, object) as FeatureCollection<Geometry, RegionProperties>;
  const regions = collection.features.map((f) => ({ code: String(f.id ?? f.properties.code), name: f.properties.name, feature: f }));
  const provinceBorders = layer === 'regencies'
    ? mesh(topology, object, (a, b) => a !== b && provinceOf(String(a.id)) !== provinceOf(String(b.id)))
    : null;
  return { layer, regions, provinceBorders };
}

/** One layer's boundaries, fetched and converted once per session (TanStack Query keeps it). */
export function useGeoLayer(layer: GeoLayer, enabled = true) {
  return useQuery<GeoData, Error>({
    queryKey: ['geo', layer],
    queryFn: ({ signal }) => loadLayer(layer, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    enabled,
  });
}

/** True when `code` lies in `scope` (a region code; '' or 'ID' for all of Indonesia). */
export function inScope(code: string, scope: string): boolean {
  return scope === '' || scope === 'ID' || code === scope || code.startsWith(`${scope}.`);
}

export const MAP_WIDTH = 960;
/** The frame's height follows the shape of what is drawn (Indonesia is wide, a province may be tall), within these bounds. */
const MIN_HEIGHT = 300;
const MAX_HEIGHT = 620;
const PADDING = 8;

export interface ProjectedRegion {
  readonly code: string;
  readonly name: string;
  /** The SVG path, in the map's 960x440 viewBox. */
  readonly d: string;
  /** Where the remote dot goes: the centre of the region's largest piece of land. */
  readonly anchor: readonly [number, number];
}

export interface ProjectedMap {
  /** The viewBox height (its width is MAP_WIDTH). */
  readonly height: number;
  readonly regions: readonly ProjectedRegion[];
  readonly byCode: ReadonlyMap<string, ProjectedRegion>;
  readonly provinceBorders: string | null;
}

type Ring = readonly (readonly number[])[];

/** The outer rings of a polygon or multipolygon. */
function outerRings(geometry: Geometry): Ring[] {
  if (geometry.type === 'Polygon') return geometry.coordinates[0] ? [geometry.coordinates[0]] : [];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flatMap((polygon) => (polygon[0] ? [polygon[0]] : []));
  return [];
}

/**
 * Where a region's dot goes: the centroid of its largest outer ring (islands' centroids would
 * otherwise fall in the sea), computed on longitude and latitude (planar: enough for a marker).
 */
function anchorOf(geometry: Geometry): [number, number] | null {
  let best: [number, number] | null = null;
  let bestArea = 0;
  for (const ring of outerRings(geometry)) {
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [x0, y0] = ring[j] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (Math.abs(area) > bestArea) {
      bestArea = Math.abs(area);
      best = [cx / (3 * area), cy / (3 * area)];
    }
  }
  return best;
}

/** The longitude/latitude box of the regions: [[west, south], [east, north]]. */
function lonLatBox(regions: readonly GeoRegion[]): [[number, number], [number, number]] {
  let west = Infinity; let south = Infinity; let east = -Infinity; let north = -Infinity;
  for (const region of regions) {
    for (const ring of outerRings(region.feature.geometry)) {
      for (const [x, y] of ring as Array<[number, number]>) {
        if (x < west) west = x;
        if (x > east) east = x;
        if (y < south) south = y;
        if (y > north) north = y;
      }
    }
  }
  return [[west, south], [east, north]];
}

const projected = new Map<string, ProjectedMap>();

/**
 * The regions of `scope` projected to fill the map (Mercator, fitted to them: a province fills
 * the frame), as SVG path strings. Memoised by layer and scope: switching the colouring, the
 * theme or the selection never projects again, and going back to a view is instant.
 */
export function projectRegions(geo: GeoData, scope: string): ProjectedMap {
  const key = `${geo.layer}|${scope === 'ID' ? '' : scope}`;
  const cached = projected.get(key);
  if (cached) return cached;
  const chosen = geo.regions.filter((region) => inScope(region.code, scope));
  // No adaptive resampling (precision 0): the boundaries are already simplified, and it makes
  // projecting the 514 regencies about twice as fast for the same paths.
  const projection = geoMercator().precision(0);
  const path = geoPath(projection).digits(1);
  let height = MIN_HEIGHT;
  if (chosen.length > 0) {
    // Mercator keeps longitude and latitude apart, so the box of the regions' corners is the
    // box of their projection: the fit costs nothing instead of a pass over every boundary.
    const [[west, south], [east, north]] = lonLatBox(chosen);
    const corners: MultiPoint = { type: 'MultiPoint', coordinates: [[west, south], [east, north]] };
    projection.fitWidth(MAP_WIDTH - 2 * PADDING, corners);
    const top = projection([west, north])![1];
    const bottom = projection([east, south])![1];
    const natural = bottom - top + 2 * PADDING;
    height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, natural)));
    if (natural > MAX_HEIGHT) {
      projection.fitExtent([[PADDING, PADDING], [MAP_WIDTH - PADDING, height - PADDING]], corners);
    } else {
      // Move it down into the frame (centred when the frame is taller than the shape).
      const [x, y] = projection.translate();
      projection.translate([x + PADDING, y - top + (height - (bottom - top)) / 2]);
    }
  }
  const regions = chosen.map((region): ProjectedRegion => {
    const anchor = anchorOf(region.feature.geometry);
    const point = anchor ? projection(anchor) : null;
    return { code: region.code, name: region.name, d: path(region.feature) ?? '', anchor: point ? [point[0], point[1]] : [0, 0] };
  });
  const national = scope === '' || scope === 'ID';
  const result: ProjectedMap = {
    height,
    regions,
    byCode: new Map(regions.map((r) => [r.code, r])),
    provinceBorders: national && geo.provinceBorders ? path(geo.provinceBorders) : null,
  };
  projected.set(key, result);
  return result;
}
