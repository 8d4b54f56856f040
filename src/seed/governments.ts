import type { AgencyKind, GovernmentLevel } from './vocabulary.js';
import type { Area, Areas } from './areaData.js';
import { slugify, titleCase } from './slug.js';

/** The government of one province, regency or city. */
export interface Government {
  readonly id: string;
  readonly name: string;
  readonly kind: AgencyKind;
  readonly level: GovernmentLevel;
  readonly regionCode: string;
}

// 'KABUPATEN ADMINISTRASI KEPULAUAN SERIBU' and the five 'KOTA ADMINISTRASI JAKARTA ...' keep
// 'Administrasi' in their names but not in their ids, which read like every other pemkab/pemkot.
const REGENCY_PREFIX = /^(KABUPATEN|KOTA)\s+(ADMINISTRASI\s+)?/;

export function provinceGovernment(province: Area): Government {
  return {
    id: `pemprov-${slugify(province.name)}`,
    name: `Pemerintah Provinsi ${titleCase(province.name)}`,
    kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL', regionCode: province.code,
  };
}

export function regencyGovernment(regency: Area): Government {
  const city = regency.isCity === true;
  return {
    id: `${city ? 'pemkot' : 'pemkab'}-${slugify(regency.name.replace(REGENCY_PREFIX, ''))}`,
    name: `Pemerintah ${titleCase(regency.name)}`,
    kind: city ? 'CITY_GOVERNMENT' : 'REGENCY_GOVERNMENT', level: 'LOCAL', regionCode: regency.code,
  };
}

/**
 * One government per province, regency and city. Ids must be unique: none collide in
 * idn-area-data 3.1.2 (regencies and cities that share a name differ by pemkab/pemkot), and a
 * future collision throws here rather than merging two governments into one node.
 */
export function governmentsOf(areas: Areas): Government[] {
  const governments = [...areas.provinces.map(provinceGovernment), ...areas.regencies.map(regencyGovernment)];
  const seen = new Map<string, string>();
  for (const government of governments) {
    const other = seen.get(government.id);
    if (other) throw new Error(`seed: regions ${other} and ${government.regionCode} both give the agency id '${government.id}'`);
    seen.set(government.id, government.regionCode);
  }
  return governments;
}
