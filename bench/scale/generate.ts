import type { Areas } from '../../src/seed/areaData.js';
import { Random } from '../../src/seed/random.js';
import type { ScaleSize } from './sizes.js';

/** One record of a bundle section (src/modules/import/sections.ts), in the order a bundle file holds them. */
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
const MEASURED_YEARS = [2022, 2023, 2024, 2025] as const;
/** Salts of the draw sequences added after the first version, so the older sections stay as they were. */
const STREAM = { mandates: 1, focus: 2, programMandates: 3, measurements: 4, regulations: 5 } as const;
const SOURCES = [{ ref: 'synthetic', title: 'Generated benchmark data (deterministic, not fact)' }];

const id = (kind: string, n: number) => `scale-${kind}-${n}`;
const round2 = (value: number) => Math.round(value * 100) / 100;

/** A broad band of regulations first (laws), as skewed draws favour the low indices: a few laws grant many mandates. */
function regulationKind(r: number, n: number) {
  const share = r / n;
  return share < 0.05 ? 'LAW' : share < 0.15 ? 'GOVERNMENT_REGULATION' : share < 0.3 ? 'PRESIDENTIAL_REGULATION'
    : share < 0.9 ? 'MINISTERIAL_REGULATION' : 'OTHER';
}

interface MandatePlan {
  readonly holder: number;
  readonly themes: readonly number[];
  readonly regulation: number;
  /** No program fulfils it: an implementation gap. */
  readonly dormant: boolean;
}

/**
 * A synthetic collaboration graph on the real regions, deterministic for a size and seed.
 * Skewed like the real thing: 5% of agencies are national and the rest local offices with a
 * jurisdiction; programs are mostly local (0.5% national); a few partners take part in many
 * programs and most in few (a power law); each program has one LEAD.
 *
 * Mandates, so that the mandate analyses have something to find: national agencies hold 1–3,
 * one local office in ten holds one (clustered in a quarter of the regencies); each is granted by
 * a regulation (a few broad laws grant many) and concerns one or two themes, skewed so that a few
 * themes draw many agencies, a local office's often the focus theme of its regency (overlaps in
 * one region). About 15% of mandates are dormant: no program fulfils them (implementation gaps).
 * About 40% of the programs whose LEAD holds a mandate fulfil one of its live ones; 3% fulfil a
 * mandate of an agency that takes no part in them (mandate creep); 20% are governed by a
 * regulation. Each indicator has targets and actuals for 2022–2025, nationally and in a few of
 * the provinces and regencies its programs reach most (at most 28 records), about a third of
 * them off track.
 *
 * Yields the records section by section, node sections first, so a writer can stream them into
 * one JSON bundle. Only per-agency and per-mandate data is held; a program's plan is drawn again
 * from its own seed for each section that needs it.
 */
export function* scaleRecords(size: ScaleSize, areas: Areas, seed: number): Generator<ScaleRecord> {
  const nationals = Math.max(1, Math.round(size.agencies * 0.05));
  const stream = (salt: number, n: number) => new Random(((seed ^ Math.imul(salt, 0x9e3779b9)) + Math.imul(n + 1, 2246822519)) >>> 0);
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

  for (let r = 0; r < size.regulations; r += 1) {
    const random = stream(STREAM.regulations, r);
    const year = random.int(2000, 2024);
    yield {
      section: 'regulations',
      record: { id: id('regulation', r), title: `Regulation ${r}`, kind: regulationKind(r, size.regulations), number: `${r + 1}/${year}`, year, sources: SOURCES },
    };
  }
  const mandates = planMandates();
  for (const [m, mandate] of mandates.entries()) {
    yield { section: 'mandates', record: { id: id('mandate', m), title: `Mandate ${m} of agency ${mandate.holder}`, legalBasis: `Regulation ${mandate.regulation}`, sources: SOURCES } };
  }
  // Live mandates, all and per holder, for the programs that fulfil them.
  const live = [...mandates.keys()].filter((m) => !mandates[m]!.dormant);
  const liveByAgency = new Map<number, number[]>();
  for (const m of live) liveByAgency.set(mandates[m]!.holder, [...(liveByAgency.get(mandates[m]!.holder) ?? []), m]);

  // Each program draws from a generator of its own, so its plan can be drawn again for each link
  // section instead of held in memory (L has 400,000 programs).
  const plans = function* () {
    for (let p = 0; p < size.programs; p += 1) yield planProgram(p);
  };
  for (const plan of plans()) yield { section: 'programs', record: plan.program };
  // The programs of each indicator, as offsets into one array (CSR): measurementsOf looks where
  // an indicator's programs run, and an array per indicator would not stay flat at L.
  const byIndicator = (() => {
    const of = new Int32Array(size.programs);
    const starts = new Int32Array(size.indicators + 1);
    for (const plan of plans()) {
      of[plan.index] = plan.indicatorIndex;
      starts[plan.indicatorIndex + 1]! += 1;
    }
    for (let i = 0; i < size.indicators; i += 1) starts[i + 1]! += starts[i]!;
    const programs = new Int32Array(size.programs);
    const next = starts.slice(0, size.indicators);
    for (let p = 0; p < size.programs; p += 1) programs[next[of[p]!]!++] = p;
    return (i: number) => programs.subarray(starts[i]!, starts[i + 1]!);
  })();
  for (let i = 0; i < size.indicators; i += 1) for (const record of measurementsOf(i)) yield { section: 'measurements', record };

  for (let t = ROOT_THEMES; t < size.themes; t += 1) {
    yield { section: 'THEME_PART_OF', record: { from: id('theme', t), to: id('theme', t % ROOT_THEMES) } };
  }
  for (let a = 1; a < nationals; a += 1) {
    yield { section: 'REPORTS_TO', record: { from: id('agency', a), to: id('agency', Math.floor((a - 1) / 4)) } };
  }
  for (const [regency, agencies] of localAgenciesByRegency) {
    for (const a of agencies) yield { section: 'JURISDICTION', record: { from: id('agency', a), to: regency } };
  }
  for (const [m, mandate] of mandates.entries()) yield { section: 'HOLDS', record: { from: id('agency', mandate.holder), to: id('mandate', m) } };
  for (const [m, mandate] of mandates.entries()) yield { section: 'GRANTED_BY', record: { from: id('mandate', m), to: id('regulation', mandate.regulation) } };
  for (const [m, mandate] of mandates.entries()) {
    for (const t of mandate.themes) yield { section: 'CONCERNS', record: { from: id('mandate', m), to: id('theme', t) } };
  }
  for (const plan of plans()) for (const link of plan.participants) yield { section: 'PARTICIPATES_IN', record: link };
  for (const plan of plans()) for (const link of plan.partners) yield { section: 'PARTNERS_IN', record: link };
  for (const plan of plans()) for (const link of plan.themes) yield { section: 'ADDRESSES', record: link };
  for (const plan of plans()) for (const link of plan.covers) yield { section: 'COVERS', record: link };
  for (const plan of plans()) yield { section: 'MEASURED_BY', record: plan.indicator };
  for (const plan of plans()) {
    const { fulfils } = mandateLinksOf(plan);
    if (fulfils !== undefined) yield { section: 'FULFILLS', record: { from: plan.program.id, to: id('mandate', fulfils) } };
  }
  for (const plan of plans()) {
    const { governedBy } = mandateLinksOf(plan);
    if (governedBy !== undefined) yield { section: 'GOVERNED_BY', record: { from: plan.program.id, to: id('regulation', governedBy) } };
  }

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

  /** A mandate's theme: mostly a sub-theme, skewed so a few draw many agencies; now and then a whole root theme. */
  function mandateTheme(random: Random): number {
    if (size.themes <= ROOT_THEMES || random.chance(0.04)) return random.int(0, Math.min(ROOT_THEMES, size.themes) - 1);
    return ROOT_THEMES + Math.floor((size.themes - ROOT_THEMES) * random.float() ** 1.5);
  }

  /**
   * Who holds which mandate: national agencies 1–3; local offices one in ten, clustered in a
   * quarter of the regencies (a third of their offices hold one) and often on the regency's
   * focus theme, so that some overlaps fall in one region.
   */
  function planMandates(): MandatePlan[] {
    const planned: MandatePlan[] = [];
    for (let a = 0; a < size.agencies; a += 1) {
      const random = stream(STREAM.mandates, a);
      const national = a < nationals;
      // The regency's own draws, the same for each of its offices: whether it is active, and its focus theme.
      const regency = national ? undefined : stream(STREAM.focus, (a - nationals) % regencies.length);
      const holdChance = regency === undefined ? 0 : regency.chance(0.25) ? 0.3 : 0.033;
      const focus = regency === undefined ? undefined : mandateTheme(regency);
      const count = national ? random.int(1, 3) : random.chance(holdChance) ? 1 : 0;
      for (let k = 0; k < count; k += 1) {
        const first = focus !== undefined && random.chance(0.6) ? focus : mandateTheme(random);
        const themes = [...new Set([first, ...(random.chance(0.3) ? [mandateTheme(random)] : [])])];
        planned.push({ holder: a, themes, regulation: skewed(random, size.regulations, 1, 2)[0]!, dormant: random.chance(0.15) });
      }
    }
    return planned;
  }

  /** The mandate a program fulfils (its LEAD's, or now and then one of an agency not in it) and the regulation governing it. */
  function mandateLinksOf(plan: ReturnType<typeof planProgram>): { fulfils?: number; governedBy?: number } {
    const random = stream(STREAM.programMandates, plan.index);
    let fulfils: number | undefined;
    if (random.chance(0.03)) {
      for (let tries = 0; tries < 5 && fulfils === undefined && live.length > 0; tries += 1) {
        const m = random.pick(live);
        if (!plan.agencies.includes(mandates[m]!.holder)) fulfils = m;
      }
    } else {
      const own = liveByAgency.get(plan.lead);
      if (own && random.chance(0.47)) fulfils = random.pick(own);
    }
    if (!random.chance(0.2)) return { fulfils };
    const governedBy = fulfils !== undefined && random.chance(0.5) ? mandates[fulfils]!.regulation : skewed(random, size.regulations, 1, 2)[0]!;
    return { fulfils, governedBy };
  }

  /**
   * Targets and actuals of indicator `i` for each measured year: nationally and in the provinces
   * and regencies its programs reach most (1–3 of each). Targets improve year on year; about a
   * third of the actuals fall short by more than 5%, more for a lagging indicator; the last
   * year's actual is often not in yet, and now and then the first year has no target.
   */
  function* measurementsOf(i: number): Generator<Record<string, unknown>> {
    const random = stream(STREAM.measurements, i);
    const provinces = new Map<string, number>();
    const regencyCounts = new Map<string, number>();
    for (const p of byIndicator(i)) {
      for (const { to } of planProgram(p).covers) {
        if (to === 'ID') continue;
        provinces.set(to.slice(0, 2), (provinces.get(to.slice(0, 2)) ?? 0) + 1);
        if (to.length >= 5) regencyCounts.set(to.slice(0, 5), (regencyCounts.get(to.slice(0, 5)) ?? 0) + 1);
      }
    }
    const most = (counts: Map<string, number>, n: number) =>
      [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, n).map(([code]) => code);
    const regions = [null, ...most(provinces, random.int(1, 3)), ...most(regencyCounts, random.int(1, 3))];
    const lowerIsBetter = i % 4 === 0;
    const lag = random.around(0, 0.06);
    for (const region of regions) {
      let target = random.around(50, 40);
      for (const year of MEASURED_YEARS) {
        target *= lowerIsBetter ? 0.95 : 1.05;
        const achievement = random.around(1 + lag, 0.15);
        const hasTarget = year !== MEASURED_YEARS[0] || !random.chance(0.1);
        const hasActual = year !== MEASURED_YEARS.at(-1) || random.chance(0.4);
        const actual = lowerIsBetter ? target / achievement : target * achievement;
        yield {
          indicator: id('indicator', i), year, ...(region ? { region } : {}),
          ...(hasTarget ? { target: round2(target) } : {}), ...(hasActual ? { actual: round2(actual) } : {}), sources: SOURCES,
        };
      }
    }
  }

  /**
   * Indicators belong to themes, as a poverty rate to poverty programs: each leaf theme has a
   * pool of indicators (every indicator is in one or two pools), and a program is measured by
   * one of its first theme's (a leaf's) pool.
   */
  function indicatorOf(p: number, theme: number): number {
    const leaves = Math.max(1, size.themes - ROOT_THEMES);
    const pool = Math.ceil(size.indicators / leaves);
    return ((theme - ROOT_THEMES) * pool + (p % pool)) % size.indicators;
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
      index: p, lead, agencies: [lead, ...others],
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
      indicatorIndex: indicatorOf(p, themes[0]!),
      indicator: { from: program, to: id('indicator', indicatorOf(p, themes[0]!)) },
    };
  }
}
