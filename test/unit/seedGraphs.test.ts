import { beforeAll, describe, expect, it } from 'vitest';
import { FACTS } from '../../data/facts/index.js';
import { buildAreas, readAreaData, type Areas, type RawAreas } from '../../src/seed/areaData.js';
import { factGraph } from '../../src/seed/facts.js';
import { governmentsOf } from '../../src/seed/governments.js';
import { governmentGraph, regionGraph } from '../../src/seed/regions.js';
import { SeedGraph } from '../../src/seed/seedGraph.js';
import { SYNTHETIC } from '../../src/seed/sources.js';
import { syntheticGraph } from '../../src/seed/synthetic.js';
import { GAP_THEMES } from '../../src/seed/synthetic/catalogue.js';
import { LABELS, type Label } from '../../src/model/labels.js';
import { RELATIONS } from '../../src/model/relations.js';

const island = (code: string, regencyCode: string | null, isOutermostSmall: boolean) =>
  ({ code, regencyCode, isOutermostSmall, isPopulated: false, coordinate: '', name: code });

describe('buildAreas', () => {
  const raw: RawAreas = {
    provinces: [{ code: '82', name: 'MALUKU UTARA' }],
    regencies: [
      { code: '82.01', name: 'KABUPATEN HALMAHERA BARAT', provinceCode: '82' },
      { code: '82.71', name: 'KOTA TERNATE', provinceCode: '82' },
    ],
    districts: [{ code: '82.01.01', name: 'Jailolo', regencyCode: '82.01' }],
    islands: [
      island('82.01.40001', '82.01', true),
      island('82.01.40002', '82.01', false),
      island('82.00.40002', null, true),
    ],
  };

  it('counts outermost islands per regency, and those with no regency toward the province only', () => {
    const areas = buildAreas(raw);
    expect(areas.regencies.map((r) => [r.code, r.outermostIslandCount])).toEqual([['82.01', 1], ['82.71', 0]]);
    expect(areas.provinces[0]!.outermostIslandCount).toBe(2);
    expect(areas.country.outermostIslandCount).toBe(2);
    expect(areas.districts[0]!.outermostIslandCount).toBe(0);
  });

  it('marks cities by their KOTA prefix and links each region to its parent code', () => {
    const areas = buildAreas(raw);
    expect(areas.regencies.map((r) => r.isCity)).toEqual([false, true]);
    expect([areas.provinces[0]!.parentCode, areas.regencies[0]!.parentCode, areas.districts[0]!.parentCode]).toEqual(['ID', '82', '82.01']);
  });
});

describe('SeedGraph', () => {
  const src = [SYNTHETIC];

  it('refuses a second node with the same key', () => {
    const graph = new SeedGraph();
    graph.addNode('Theme', 'a', { name: 'A' }, src);
    expect(() => graph.addNode('Theme', 'a', { name: 'B' }, src)).toThrow(/two Theme nodes/);
  });

  it('checks roles against the relation', () => {
    const graph = new SeedGraph();
    expect(() => graph.addLink('PARTICIPATES_IN', 'a', 'p', src)).toThrow(/needs a role/);
    expect(() => graph.addLink('PARTICIPATES_IN', 'a', 'p', src, 'TECHNOLOGY')).toThrow(/needs a role/);
    expect(() => graph.addLink('ADDRESSES', 'p', 't', src, 'LEAD')).toThrow(/takes no role/);
    graph.addLink('PARTICIPATES_IN', 'a', 'p', src, 'LEAD');
    graph.addLink('PARTICIPATES_IN', 'a', 'p', src, 'LEAD');
    expect(graph.linkCount()).toBe(1);
    expect(() => graph.addLink('PARTICIPATES_IN', 'a', 'p', src, 'FUNDER')).toThrow(/two roles/);
  });

  it('refuses a fact without a source', () => {
    expect(() => new SeedGraph().addNode('Theme', 'a', { name: 'A' }, [])).toThrow(/source/);
  });
});

describe('the demo graph, before it is written', () => {
  let areas: Areas;
  let graphs: { regions: SeedGraph; governments: SeedGraph; facts: SeedGraph; synthetic: SeedGraph };

  beforeAll(async () => {
    areas = buildAreas(await readAreaData());
    const governments = governmentsOf(areas);
    graphs = {
      regions: regionGraph(areas), governments: governmentGraph(governments), facts: factGraph(FACTS),
      synthetic: syntheticGraph({ areas, governments, facts: FACTS }),
    };
  });

  const allKeys = (label: Label) => new Set(Object.values(graphs).flatMap((g) => [...(g.nodes.get(label)?.keys() ?? [])]));

  it('gives every fact a seed article as source', () => {
    for (const rows of graphs.facts.nodes.values()) {
      for (const row of rows.values()) {
        expect(row.props.sourceRefs, row.key).not.toHaveLength(0);
        for (const ref of row.props.sourceRefs as string[]) expect(ref).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
      }
    }
  });

  it('marks every synthetic node and link as synthetic, and only as synthetic', () => {
    const synthetic = { sourceRefs: [SYNTHETIC.ref], sourceTitles: [SYNTHETIC.title] };
    for (const rows of graphs.synthetic.nodes.values()) for (const row of rows.values()) expect(row.props).toMatchObject(synthetic);
    for (const rows of graphs.synthetic.links.values()) for (const row of rows.values()) expect(row.props).toMatchObject(synthetic);
  });

  it('never adds a node that another step already adds', () => {
    for (const label of Object.keys(LABELS) as Label[]) {
      const total = Object.values(graphs).reduce((sum, g) => sum + g.nodeCount(label), 0);
      expect(allKeys(label).size, label).toBe(total);
    }
  });

  it('links only nodes that exist', () => {
    for (const graph of Object.values(graphs)) {
      for (const [relation, rows] of graph.links) {
        const from = allKeys(RELATIONS[relation].from);
        const to = allKeys(RELATIONS[relation].to);
        for (const row of rows.values()) {
          expect(from.has(row.from), `${relation} from ${row.from}`).toBe(true);
          expect(to.has(row.to), `${relation} to ${row.to}`).toBe(true);
        }
      }
    }
  });

  it('has about 120 programs, 40 partners, and indicators measured 2021-2025', () => {
    const { synthetic } = graphs;
    expect(synthetic.nodeCount('Program')).toBeGreaterThanOrEqual(100);
    expect(synthetic.nodeCount('Partner')).toBe(40);
    const years = new Set([...synthetic.nodes.get('Measurement')!.values()].map((m) => m.props.year));
    expect([...years].sort()).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('leaves remote regencies of some provinces uncovered on the gap themes', () => {
    const gapPrograms = new Set([...graphs.synthetic.links.get('ADDRESSES')!.values()].filter((l) => GAP_THEMES.has(l.to)).map((l) => l.from));
    const covered = new Set([...graphs.synthetic.links.get('COVERS')!.values()].filter((l) => gapPrograms.has(l.from)).map((l) => l.to));
    expect(covered.has('ID')).toBe(false);
    const reachedRemote = areas.regencies.filter((r) => r.outermostIslandCount > 0 && (covered.has(r.code) || covered.has(r.parentCode!)));
    const remote = areas.regencies.filter((r) => r.outermostIslandCount > 0);
    expect(remote.length - reachedRemote.length).toBeGreaterThanOrEqual(15);
  });

  it('has measurements with an actual and no target, and with a target and no actual', () => {
    const measurements = [...graphs.synthetic.nodes.get('Measurement')!.values()].map((m) => m.props);
    expect(measurements.some((m) => m.target === null && m.actual !== null)).toBe(true);
    expect(measurements.some((m) => m.actual === null && m.target !== null)).toBe(true);
    expect(measurements.every((m) => m.target !== null || m.actual !== null)).toBe(true);
  });
});
