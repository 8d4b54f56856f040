import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleRecords } from '../../bench/scale/generate.js';
import { SCALE_SEED, SIZES } from '../../bench/scale/sizes.js';
import { writeBundle } from '../../bench/scale/writeBundle.js';
import { SECTIONS } from '../../src/modules/import/sections.js';
import { buildAreas, readAreaData, type Areas } from '../../src/seed/areaData.js';

/** The benchmark graphs' generator (issue 7), at size S: shape, skew, validity, determinism, and the mandates and measurements the analyses need. */
type Measurement = { indicator: string; year: number; region?: string; target?: number; actual?: number };
let areas: Areas;
let dir: string;
let bundle: { links: Record<string, Array<{ from: string; to: string; role?: string }>> } & Record<string, unknown>;
let counts: Map<string, number>;
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  areas = buildAreas(await readAreaData());
  dir = mkdtempSync(join(tmpdir(), 'scale-graph-'));
  counts = await writeBundle(join(dir, 's.json'), scaleRecords(SIZES.S, areas, SCALE_SEED));
  bundle = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the size S benchmark graph', () => {
  it('has the nodes of its size and about nine links per program', () => {
    expect(Object.fromEntries(['agencies', 'programs', 'partners', 'themes', 'indicators', 'regulations'].map((s) => [s, counts.get(s)]))).toEqual({
      agencies: 1_000, programs: 10_000, partners: 250, themes: 60, indicators: 200, regulations: 60,
    });
    // 50 national agencies with 1–3 mandates each, about 95 local offices with one.
    expect(counts.get('mandates')).toBeGreaterThan(150);
    expect(counts.get('mandates')).toBeLessThan(300);
    expect(counts.get('HOLDS')).toBe(counts.get('mandates'));
    expect(counts.get('GRANTED_BY')).toBe(counts.get('mandates'));
    expect(counts.get('CONCERNS')).toBeGreaterThan(counts.get('mandates')!);
    expect(counts.get('CONCERNS')).toBeLessThan(2 * counts.get('mandates')!);
    expect(counts.get('GOVERNED_BY')! / 10_000).toBeGreaterThan(0.15);
    expect(counts.get('GOVERNED_BY')! / 10_000).toBeLessThan(0.25);
    expect(counts.get('measurements')).toBeGreaterThan(12 * 200);
    expect(counts.get('measurements')).toBeLessThan(30 * 200);
    const links = [...counts].filter(([section]) => SECTIONS.get(section)?.kind === 'link').reduce((sum, [, n]) => sum + n, 0);
    expect(links).toBeGreaterThan(7 * 10_000);
    expect(links).toBeLessThan(12 * 10_000);
  });

  it('is a valid bundle: every record passes its section schema, no link twice, every end known', () => {
    const nodes = new Set<string>([...areas.provinces, ...areas.regencies, ...areas.districts].map((a) => a.code).concat('ID'));
    for (const section of ['agencies', 'programs', 'partners', 'themes', 'indicators', 'regulations', 'mandates']) {
      for (const record of bundle[section] as Array<{ id: string }>) {
        expect(SECTIONS.get(section)!.schema.safeParse(record).success, `${section} ${record.id}`).toBe(true);
        nodes.add(record.id);
      }
    }
    for (const [relation, links] of Object.entries(bundle.links)) {
      const schema = SECTIONS.get(relation)!.schema;
      const pairs = new Set(links.map((l) => `${l.from}>${l.to}`));
      expect(pairs.size, relation).toBe(links.length);
      const bad = links.filter((l) => !schema.safeParse(l).success || !nodes.has(l.from) || !nodes.has(l.to));
      expect(bad.slice(0, 3), relation).toEqual([]);
    }
    for (const relation of ['HOLDS', 'GRANTED_BY', 'CONCERNS', 'FULFILLS', 'GOVERNED_BY']) expect(bundle.links[relation]!.length, relation).toBeGreaterThan(0);
    const schema = SECTIONS.get('measurements')!.schema;
    const measurements = bundle.measurements as Measurement[];
    const keys = new Set(measurements.map((m) => `${m.indicator}|${m.year}|${m.region ?? ''}`));
    expect(keys.size).toBe(measurements.length);
    const badMeasurements = measurements.filter((m) => !schema.safeParse(m).success || !nodes.has(m.indicator) || (m.region !== undefined && !nodes.has(m.region))
      || (m.target === undefined && m.actual === undefined));
    expect(badMeasurements.slice(0, 3)).toEqual([]);
  });

  it('has mandates that overlap, go unfulfilled and creep, and a bounded number of overlaps', () => {
    const holder = new Map(bundle.links.HOLDS!.map((l) => [l.to, l.from]));
    expect(holder.size).toBe(counts.get('mandates'));
    expect(new Set(bundle.links.GRANTED_BY!.map((l) => l.from)).size).toBe(counts.get('mandates'));
    // A few broad laws grant many mandates.
    const granted = new Map<string, number>();
    for (const l of bundle.links.GRANTED_BY!) granted.set(l.to, (granted.get(l.to) ?? 0) + 1);
    expect(Math.max(...granted.values())).toBeGreaterThan(10);

    // Overlaps as mandateOverlaps counts them: agency pairs on one theme, or a theme and a sub-theme of it.
    const agenciesOn = new Map<string, Set<string>>();
    for (const l of bundle.links.CONCERNS!) agenciesOn.set(l.to, (agenciesOn.get(l.to) ?? new Set()).add(holder.get(l.from)!));
    expect(Math.max(...[...agenciesOn.values()].map((s) => s.size))).toBeGreaterThan(5);
    const below = new Map<string, string[]>();
    for (const l of bundle.links.THEME_PART_OF!) below.set(l.to, [...(below.get(l.to) ?? []), l.from]);
    const jurisdiction = new Map(bundle.links.JURISDICTION!.map((l) => [l.from, l.to]));
    let pairs = 0;
    let inOneRegency = 0;
    for (const [theme, first] of agenciesOn) {
      for (const other of [theme, ...(below.get(theme) ?? [])]) {
        for (const a of first) {
          for (const b of agenciesOn.get(other) ?? []) {
            if (a === b || (other === theme && a > b)) continue;
            pairs += 1;
            if (other === theme && jurisdiction.has(a) && jurisdiction.get(a) === jurisdiction.get(b)) inOneRegency += 1;
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(500);
    expect(pairs).toBeLessThan(5_000);
    expect(inOneRegency).toBeGreaterThan(0);

    // Conformance: about 40% of the programs whose LEAD holds a mandate fulfil one of its; some
    // fulfil a mandate of an agency that takes no part (creep); some mandates no program fulfils (gaps).
    const lead = new Map(bundle.links.PARTICIPATES_IN!.filter((l) => l.role === 'LEAD').map((l) => [l.to, l.from]));
    const taking = new Set(bundle.links.PARTICIPATES_IN!.map((l) => `${l.from}>${l.to}`));
    const holders = new Set(holder.values());
    const ledByHolder = [...lead.values()].filter((a) => holders.has(a)).length;
    const byLead = bundle.links.FULFILLS!.filter((l) => holder.get(l.to) === lead.get(l.from)).length;
    expect(byLead / ledByHolder).toBeGreaterThan(0.3);
    expect(byLead / ledByHolder).toBeLessThan(0.5);
    const creep = bundle.links.FULFILLS!.filter((l) => !taking.has(`${holder.get(l.to)}>${l.from}`)).length;
    expect(creep / 10_000).toBeGreaterThan(0.01);
    expect(creep / 10_000).toBeLessThan(0.06);
    expect(new Set(bundle.links.FULFILLS!.map((l) => l.from)).size).toBe(bundle.links.FULFILLS!.length);
    const unfulfilled = counts.get('mandates')! - new Set(bundle.links.FULFILLS!.map((l) => l.to)).size;
    expect(unfulfilled / counts.get('mandates')!).toBeGreaterThan(0.05);
    expect(unfulfilled / counts.get('mandates')!).toBeLessThan(0.35);
  });

  it('measures every indicator for a few years, nationally and in a few regions, some off track', () => {
    const measurements = bundle.measurements as Measurement[];
    const perIndicator = new Map<string, Measurement[]>();
    for (const m of measurements) perIndicator.set(m.indicator, [...(perIndicator.get(m.indicator) ?? []), m]);
    expect(perIndicator.size).toBe(200);
    for (const [indicator, list] of perIndicator) {
      expect(list.length, indicator).toBeLessThanOrEqual(40);
      expect(list.some((m) => m.region === undefined), indicator).toBe(true);
      expect(list.some((m) => m.region !== undefined), indicator).toBe(true);
    }
    expect(new Set(measurements.map((m) => m.year))).toEqual(new Set([2022, 2023, 2024, 2025]));
    const lower = new Set((bundle.indicators as Array<{ id: string; direction: string }>).filter((i) => i.direction === 'LOWER_IS_BETTER').map((i) => i.id));
    const both = measurements.filter((m) => m.target !== undefined && m.actual !== undefined);
    const off = both.filter((m) => (lower.has(m.indicator) ? m.target! / m.actual! : m.actual! / m.target!) < 0.95).length;
    expect(off / both.length).toBeGreaterThan(0.15);
    expect(off / both.length).toBeLessThan(0.5);
    expect(measurements.some((m) => m.actual === undefined)).toBe(true);
  });

  it('measures the programs of a theme by that theme\'s few indicators', () => {
    const themeOf = new Map<string, string>();
    for (const link of bundle.links.ADDRESSES!) if (!themeOf.has(link.from)) themeOf.set(link.from, link.to);
    const indicatorsOf = new Map<string, Set<string>>();
    for (const link of bundle.links.MEASURED_BY!) {
      const theme = themeOf.get(link.from)!;
      indicatorsOf.set(theme, (indicatorsOf.get(theme) ?? new Set()).add(link.to));
    }
    // 200 indicators over 48 leaf themes: a pool of 5 each, so a theme's programs share at most 5.
    expect(indicatorsOf.size).toBe(48);
    for (const [theme, indicators] of indicatorsOf) expect(indicators.size, theme).toBeLessThanOrEqual(5);
    expect(new Set(bundle.links.MEASURED_BY!.map((link) => link.to)).size).toBe(200);
  });

  it('is skewed like a real government: few national programs, a LEAD each, a few busy partners', () => {
    const covers = bundle.links.COVERS!;
    const national = new Set(covers.filter((l) => l.to === 'ID').map((l) => l.from)).size;
    expect(national / 10_000).toBeGreaterThan(0.002);
    expect(national / 10_000).toBeLessThan(0.01);
    const leads = bundle.links.PARTICIPATES_IN!.filter((l) => l.role === 'LEAD');
    expect(new Set(leads.map((l) => l.to)).size).toBe(10_000);
    const degree = new Map<string, number>();
    for (const link of bundle.links.PARTNERS_IN!) degree.set(link.from, (degree.get(link.from) ?? 0) + 1);
    const sorted = [...degree.values()].sort((a, b) => a - b);
    expect(sorted.at(-1)!).toBeGreaterThan(10 * sorted[Math.floor(sorted.length / 2)]!);
  });

  it('is the same for the same seed and different for another', async () => {
    await writeBundle(join(dir, 'again.json'), scaleRecords(SIZES.S, areas, SCALE_SEED));
    await writeBundle(join(dir, 'other.json'), scaleRecords(SIZES.S, areas, SCALE_SEED + 1));
    expect(sha(join(dir, 'again.json'))).toBe(sha(join(dir, 's.json')));
    expect(sha(join(dir, 'other.json'))).not.toBe(sha(join(dir, 's.json')));
  });
});
