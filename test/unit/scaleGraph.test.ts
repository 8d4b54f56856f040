import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaleRecords } from '../../bench/scale/generate.js';
import { SCALE_SEED, SIZES } from '../../bench/scale/sizes.js';
import { writeBundle } from '../../bench/scale/writeBundle.js';
import { SECTIONS } from '../../src/import/sections.js';
import { buildAreas, readAreaData, type Areas } from '../../src/seed/areaData.js';

/** The benchmark graphs' generator (issue 7), at size S: shape, skew, validity, determinism. */
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
    expect(Object.fromEntries(['agencies', 'programs', 'partners', 'themes', 'indicators'].map((s) => [s, counts.get(s)]))).toEqual({
      agencies: 1_000, programs: 10_000, partners: 250, themes: 60, indicators: 200,
    });
    const links = [...counts].filter(([section]) => SECTIONS.get(section)?.kind === 'link').reduce((sum, [, n]) => sum + n, 0);
    expect(links).toBeGreaterThan(7 * 10_000);
    expect(links).toBeLessThan(12 * 10_000);
  });

  it('is a valid bundle: every record passes its section schema, no link twice, every end known', () => {
    const nodes = new Set<string>([...areas.provinces, ...areas.regencies, ...areas.districts].map((a) => a.code).concat('ID'));
    for (const section of ['agencies', 'programs', 'partners', 'themes', 'indicators']) {
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
