import { useQuery } from '@tanstack/react-query';
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon } from 'geojson';
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

/** A ring's area in degrees squared (shoelace): enough to tell which island is the largest. */
function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) sum += (ring[j]![0]! * ring[i]![1]!) - (ring[i]![0]! * ring[j]![1]!);
  return Math.abs(sum / 2);
}

/** The largest polygon of a (multi)polygon: islands' centroids would otherwise fall in the sea. */
function largestPiece(geometry: Geometry): Geometry {
  if (geometry.type !== 'MultiPolygon') return geometry;
  let best: Polygon | null = null;
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const area = coordinates[0] ? ringArea(coordinates[0]) : 0;
    if (area > bestArea) { best = { type: 'Polygon', coordinates }; bestArea = area; }
  }
  return best ?? geometry;
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
  const collection: FeatureCollection = { type: 'FeatureCollection', features: chosen.map((r) => r.feature) };
  // No adaptive resampling (precision 0): the boundaries are already simplified, and it makes
  // projecting the 514 regencies about twice as fast for the same paths.
  const projection = geoMercator().precision(0);
  const path = geoPath(projection).digits(1);
  let height = MIN_HEIGHT;
  if (chosen.length > 0) {
    // Fit the width first; a shape taller than the frame allows is fitted to its height instead.
    projection.fitWidth(MAP_WIDTH - 2 * PADDING, collection);
    const [[, top], [, bottom]] = path.bounds(collection);
    const natural = bottom - top + 2 * PADDING;
    height = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, natural)));
    if (natural > MAX_HEIGHT) {
      projection.fitExtent([[PADDING, PADDING], [MAP_WIDTH - PADDING, height - PADDING]], collection);
    } else {
      // Move it down into the frame (centred when the frame is taller than the shape).
      const [x, y] = projection.translate();
      projection.translate([x + PADDING, y - top + (height - (bottom - top)) / 2]);
    }
  }
  const regions = chosen.map((region): ProjectedRegion => {
    const [x, y] = path.centroid(largestPiece(region.feature.geometry));
    return { code: region.code, name: region.name, d: path(region.feature) ?? '', anchor: [Number.isFinite(x) ? x : 0, Number.isFinite(y) ? y : 0] };
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
