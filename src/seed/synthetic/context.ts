import type { Area, Areas } from '../areaData.js';
import type { Government } from '../governments.js';
import { Random } from '../random.js';
import { SeedGraph } from '../seedGraph.js';
import { slugify, titleCase } from '../slug.js';
import { SYNTHETIC } from '../sources.js';
import type { ParticipationRole } from '../vocabulary.js';
import { GAP_THEMES, type ProgramTemplate } from './catalogue.js';

/** The year the demo data treats as "now": fixed, so the graph does not change with the clock. */
export const CURRENT_YEAR = 2025;
export const FIRST_MEASURED_YEAR = 2021;
export const SOURCES = [SYNTHETIC];

/** A program as generated, kept for the steps that add indicators, partners and mandates. */
export interface PlannedProgram {
  readonly id: string;
  readonly name: string;
  readonly themes: readonly string[];
  /** Region codes it COVERS directly. */
  readonly coverage: readonly string[];
  readonly participants: ReadonlyArray<{ readonly agency: string; readonly role: ParticipationRole }>;
  readonly startYear: number;
  readonly endYear: number | null;
  /** The province it is rooted in, or null for a national or multi-province program. */
  readonly province: string | null;
  readonly template: ProgramTemplate;
}

/**
 * What every synthetic step shares: the seeded random sequence, the region lookups and the
 * SeedGraph being filled.
 */
export class SyntheticContext {
  readonly graph = new SeedGraph();
  readonly programs: PlannedProgram[] = [];
  readonly provinces: readonly Area[];
  /**
   * The provinces with the most remote regencies (with outermost small islands). In them,
   * programs on GAP_THEMES reach the other regencies but never the remote ones nor the whole
   * province, so "which regions does no poverty program reach?" has a telling answer.
   */
  readonly gapProvinces: ReadonlySet<string>;
  private readonly areaByCode = new Map<string, Area>();
  private readonly regenciesByProvince = new Map<string, Area[]>();
  private readonly governmentByRegion = new Map<string, Government>();

  constructor(areas: Areas, governments: readonly Government[], readonly random: Random) {
    this.provinces = areas.provinces;
    for (const area of [areas.country, ...areas.provinces, ...areas.regencies]) this.areaByCode.set(area.code, area);
    for (const regency of areas.regencies) {
      const list = this.regenciesByProvince.get(regency.parentCode!) ?? [];
      list.push(regency);
      this.regenciesByProvince.set(regency.parentCode!, list);
    }
    for (const g of governments) this.governmentByRegion.set(g.regionCode, g);
    const remoteCount = (p: Area) => this.regenciesOf(p.code).filter((r) => r.outermostIslandCount > 0).length;
    const mostRemoteFirst = (a: Area, b: Area) =>
      remoteCount(b) - remoteCount(a) || b.outermostIslandCount - a.outermostIslandCount || a.code.localeCompare(b.code);
    this.gapProvinces = new Set([...areas.provinces].sort(mostRemoteFirst).slice(0, 4).map((p) => p.code));
  }

  area(code: string): Area {
    const area = this.areaByCode.get(code);
    if (!area) throw new Error(`synthetic: no region ${code}`);
    return area;
  }

  regenciesOf(provinceCode: string): readonly Area[] {
    return this.regenciesByProvince.get(provinceCode) ?? [];
  }

  /** The id of the government whose jurisdiction is this province or regency. */
  governmentOf(code: string): string {
    const g = this.governmentByRegion.get(code);
    if (!g) throw new Error(`synthetic: no government for region ${code}`);
    return g.id;
  }

  provinceOf(code: string): string {
    return code.split('.')[0]!;
  }

  isRemote(code: string): boolean {
    return this.area(code).outermostIslandCount > 0;
  }

  /** 'Maluku', 'Kabupaten Kepulauan Aru', 'Kota Ambon'. */
  placeName(code: string): string {
    return titleCase(this.area(code).name);
  }

  /** Whether a program on these themes may cover this region directly (see gapProvinces). */
  mayCover(themes: readonly string[], code: string): boolean {
    if (!themes.some((t) => GAP_THEMES.has(t))) return true;
    if (code === 'ID') return false;
    const province = this.provinceOf(code);
    if (!this.gapProvinces.has(province)) return true;
    return code !== province && !this.isRemote(code);
  }

  /** A readable id from the name (cut at a word near 72 characters), unique among the programs so far. */
  programId(name: string): string {
    const full = slugify(name);
    const base = full.length <= 72 ? full : full.slice(0, 72).replace(/-[^-]*$/, '');
    let id = base;
    for (let n = 2; this.graph.hasNode('Program', id); n += 1) id = `${base}-${n}`;
    return id;
  }
}
