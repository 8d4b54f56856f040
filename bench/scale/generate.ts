import type { Areas } from '../../src/seed/areaData.js';
import { Random } from '../../src/seed/random.js';
import type { ScaleSize } from './sizes.js';

/** One record of a bundle section (src/import/sections.ts), in the order a bundle file holds them. */
export interface ScaleRecord {
  readonly section: string;
  readonly record: Record<string, unknown>;
}

/** How a program's reach is spread: a few national programs, many local ones. */
const SCOPES = [
  { scope: 'NATIONAL', share: 0.005 },
  { scope: 'PROVINCE', share: 0.095 },
  { scope: 'REGENCY', share: 0.6 },
  { scope: 'DISTRICT', share: 0.3 },
] as const;
type Scope = (typeof SCOPES)[number]['scope'];

const HELIX = ['INDUSTRY', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA'] as const;
const OTHER_ROLES = ['IMPLEMENTER', 'FUNDER', 'SUPPORTER'] as const;
const PARTNER_ROLES = ['IMPLEMENTER', 'FUNDER', 'TECHNOLOGY', 'RESEARCH', 'TRAINING', 'OUTREACH'] as const;
const ROOT_THEMES = 12;
const SOURCES = [{ ref: 'synthetic', title: 'Generated benchmark data (deterministic, not fact)' }];

const id = (kind: string, n: number) => `scale-${kind}-${n}`;

/**
 * A synthetic collaboration graph on the real regions, deterministic for a size and seed.
 * Skewed like the real thing: 5% of agencies are national and the rest local offices with a
 * jurisdiction; programs are mostly local (0.5% national); a few partners take part in many
 * programs and most in few (a power law); each program has one LEAD. Yields the records
 * section by section, so a writer can stream them into one JSON bundle.
 */
export function* scaleRecords(size: ScaleSize, areas: Areas, seed: number): Generator<ScaleRecord> {
  const nationals = Math.max(1, Math.round(size.agencies * 0.05));
  const regencies = areas.regencies;
  const districtsByRegency = new Map<string, string[]>();
  for (const district of areas.districts) {
    const list = districtsByRegency.get(district.parentCode!) ?? [];
    list.push(district.code);
    districtsByRegency.set(district.parentCode!, list);
  }
  const regenciesByProvince = new Map<string, string[]>();
  for (const regency of regencies) {
    const list = regenciesByProvince.get(regency.parentCode!) ?? [];
    list.push(regency.code);
    regenciesByProvince.set(regency.parentCode!, list);
  }

  for (let t = 0; t < size.themes; t += 1) {
    yield { section: 'themes', record: { id: id('theme', t), name: `Theme ${t}`, sources: SOURCES } };
  }
  const localAgenciesByRegency = new Map<string, number[]>();
  for (let a = 0; a < size.agencies; a += 1) {
    const national = a < nationals;
    yield {
      section: 'agencies',
      record: {
        id: id('agency', a), name: `${national ? 'National agency' : 'Local office'} ${a}`,
        kind: national ? (a % 3 === 0 ? 'MINISTRY' : 'NON_MINISTERIAL_AGENCY') : 'OTHER',
        level: national ? 'NATIONAL' : 'LOCAL', sources: SOURCES,
      },
    };
    if (!national) {
      const regency = regencies[(a - nationals) % regencies.length]!.code;
      localAgenciesByRegency.set(regency, [...(localAgenciesByRegency.get(regency) ?? []), a]);
    }
  }
  for (let p = 0; p < size.partners; p += 1) {
    yield { section: 'partners', record: { id: id('partner', p), name: `Partner ${p}`, helix: HELIX[p % HELIX.length], sources: SOURCES } };
  }
  for (let i = 0; i < size.indicators; i += 1) {
    yield {
      section: 'indicators',
      record: { id: id('indicator', i), name: `Indicator ${i}`, unit: 'index', direction: i % 4 === 0 ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER', sources: SOURCES },
    };
  }

  // Each program draws from a generator of its own, so its plan can be drawn again for each link
  // section instead of held in memory (L has 400,000 programs).
  const plans = function* () {
    for (let p = 0; p < size.programs; p += 1) yield planProgram(p);
  };
  for (const plan of plans()) yield { section: 'programs', record: plan.program };

  for (let t = ROOT_THEMES; t < size.themes; t += 1) {
    yield { section: 'THEME_PART_OF', record: { from: id('theme', t), to: id('theme', t % ROOT_THEMES) } };
  }
  for (let a = 1; a < nationals; a += 1) {
    yield { section: 'REPORTS_TO', record: { from: id('agency', a), to: id('agency', Math.floor((a - 1) / 4)) } };
  }
  for (const [regency, agencies] of localAgenciesByRegency) {
    for (const a of agencies) yield { section: 'JURISDICTION', record: { from: id('agency', a), to: regency } };
  }
  for (const plan of plans()) for (const link of plan.participants) yield { section: 'PARTICIPATES_IN', record: link };
  for (const plan of plans()) for (const link of plan.partners) yield { section: 'PARTNERS_IN', record: link };
  for (const plan of plans()) for (const link of plan.themes) yield { section: 'ADDRESSES', record: link };
  for (const plan of plans()) for (const link of plan.covers) yield { section: 'COVERS', record: link };
  for (const plan of plans()) yield { section: 'MEASURED_BY', record: plan.indicator };

  function scopeOf(random: Random): Scope {
    let draw = random.float();
    for (const { scope, share } of SCOPES) {
      if (draw < share) return scope;
      draw -= share;
    }
    return 'DISTRICT';
  }

  /** `count` distinct indices below `n`, drawn with a power-law skew towards the low ones. */
  function skewed(random: Random, n: number, count: number, power: number): number[] {
    const found = new Set<number>();
    for (let tries = 0; found.size < Math.min(count, n) && tries < count * 20; tries += 1) {
      found.add(Math.floor(n * random.float() ** power));
    }
    return [...found];
  }

  function planProgram(p: number) {
    const random = new Random((seed + Math.imul(p + 1, 2654435761)) >>> 0);
    const program = id('program', p);
    const scope = scopeOf(random);
    const province = random.pick(areas.provinces).code;
    const regency = random.pick(regenciesByProvince.get(province) ?? [regencies[0]!.code]);
    const covers = scope === 'NATIONAL' ? ['ID']
      : scope === 'PROVINCE' ? [province]
        : scope === 'REGENCY' ? random.sample(regenciesByProvince.get(province) ?? [regency], random.int(1, 3))
          : random.sample(districtsByRegency.get(regency) ?? [regency], random.int(1, 5));
    const startYear = random.int(2015, 2026);
    const local = scope === 'REGENCY' || scope === 'DISTRICT' ? localAgenciesByRegency.get(regency) ?? [] : [];
    const lead = local.length > 0 && random.chance(0.8) ? random.pick(local) : random.int(0, nationals - 1);
    const others = skewed(random, size.agencies, random.int(0, 3), 2).filter((a) => a !== lead);
    const themes = [...new Set([random.int(ROOT_THEMES, Math.max(ROOT_THEMES, size.themes - 1)), ...(random.chance(0.5) ? [random.int(0, size.themes - 1)] : [])])];
    return {
      program: {
        id: program, name: `Program ${p}`, track: random.pick(['RB_GENERAL', 'RB_THEMATIC', 'OTHER'] as const),
        status: startYear > 2025 ? 'PLANNED' : random.pick(['ACTIVE', 'ACTIVE', 'COMPLETED'] as const),
        startYear, ...(random.chance(0.7) ? { endYear: startYear + random.int(0, 5) } : {}), sources: SOURCES,
      },
      participants: [
        { from: id('agency', lead), to: program, role: 'LEAD' },
        ...others.map((a) => ({ from: id('agency', a), to: program, role: random.pick(OTHER_ROLES) })),
      ],
      partners: skewed(random, size.partners, random.int(0, 4), 3).map((n) => ({ from: id('partner', n), to: program, role: random.pick(PARTNER_ROLES) })),
      themes: themes.map((t) => ({ from: program, to: id('theme', t) })),
      covers: covers.map((code) => ({ from: program, to: code })),
      indicator: { from: program, to: id('indicator', p % size.indicators) },
    };
  }
}
