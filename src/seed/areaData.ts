import { getDistricts, getIslands, getProvinces, getRegencies, type District, type Island, type Province, type Regency } from 'idn-area-data';
import type { RegionLevel } from './vocabulary.js';

/** The package's four lists, with its own field names (`transform: true` gives camelCase and booleans). */
export interface RawAreas {
  readonly provinces: readonly Province[];
  readonly regencies: readonly Regency[];
  readonly districts: readonly District[];
  readonly islands: readonly Island[];
}

/** One region as the graph stores it, with the code of the region it is part of. */
export interface Area {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
  readonly parentCode: string | null;
  /** Only for regencies: a city (kota) rather than a regency (kabupaten). */
  readonly isCity: boolean | null;
  readonly outermostIslandCount: number;
}

export interface Areas {
  readonly country: Area;
  readonly provinces: readonly Area[];
  readonly regencies: readonly Area[];
  readonly districts: readonly Area[];
}

export const COUNTRY_CODE = 'ID';

export async function readAreaData(): Promise<RawAreas> {
  const [provinces, regencies, districts, islands] = await Promise.all([
    getProvinces(),
    getRegencies({ transform: true }),
    getDistricts({ transform: true }),
    getIslands({ transform: true }),
  ]);
  return { provinces, regencies, districts, islands };
}

/**
 * Turns the package's lists into the region hierarchy, with the count of outermost small
 * islands (pulau-pulau kecil terluar) each region holds.
 *
 * Islands are placed by their regency code. An outermost island with no regency code (one in
 * 3.1.2: Pulau Yiew Besar, 82.00.40002) counts toward the province its code starts with, and so
 * toward the country, but toward no regency. Districts get 0: the data does not place islands in
 * districts.
 */
export function buildAreas(raw: RawAreas): Areas {
  const byCode = <T extends { code: string }>(items: readonly T[]) => [...items].sort((a, b) => a.code.localeCompare(b.code));
  const provinceCodes = new Set(raw.provinces.map((p) => p.code));
  const regencyCodes = new Set(raw.regencies.map((r) => r.code));

  const perRegency = new Map<string, number>();
  const unplacedPerProvince = new Map<string, number>();
  for (const island of raw.islands) {
    if (!island.isOutermostSmall) continue;
    if (island.regencyCode && regencyCodes.has(island.regencyCode)) {
      perRegency.set(island.regencyCode, (perRegency.get(island.regencyCode) ?? 0) + 1);
      continue;
    }
    const provinceCode = island.code.split('.')[0] ?? '';
    if (provinceCodes.has(provinceCode)) unplacedPerProvince.set(provinceCode, (unplacedPerProvince.get(provinceCode) ?? 0) + 1);
  }

  const regencies: Area[] = byCode(raw.regencies).map((r) => ({
    code: r.code, name: r.name, level: 'REGENCY', parentCode: r.provinceCode,
    isCity: r.name.startsWith('KOTA '), outermostIslandCount: perRegency.get(r.code) ?? 0,
  }));
  const perProvince = new Map(unplacedPerProvince);
  for (const regency of regencies) {
    perProvince.set(regency.parentCode!, (perProvince.get(regency.parentCode!) ?? 0) + regency.outermostIslandCount);
  }
  const provinces: Area[] = byCode(raw.provinces).map((p) => ({
    code: p.code, name: p.name, level: 'PROVINCE', parentCode: COUNTRY_CODE,
    isCity: null, outermostIslandCount: perProvince.get(p.code) ?? 0,
  }));
  const districts: Area[] = byCode(raw.districts).map((d) => ({
    code: d.code, name: d.name, level: 'DISTRICT', parentCode: d.regencyCode, isCity: null, outermostIslandCount: 0,
  }));
  const country: Area = {
    code: COUNTRY_CODE, name: 'INDONESIA', level: 'COUNTRY', parentCode: null, isCity: null,
    outermostIslandCount: provinces.reduce((sum, p) => sum + p.outermostIslandCount, 0),
  };
  return { country, provinces, regencies, districts };
}
