import { describe, expect, it } from 'vitest';
import { communityColours, COMMUNITY_PALETTE, OTHER_COLOUR } from '../../web/explorer/colours.js';
import { DEFAULTS, formatUrlState, parseUrlState } from '../../web/explorer/urlState.js';
import { hiddenByYears, programYears, yearBounds } from '../../web/explorer/years.js';
import type { ViewEdge, ViewNode } from '../../web/explorer/types.js';

const metrics = (community: number) => ({ degree: 1, weightedDegree: 1, betweenness: 0, community });
const n = (id: string, kind: ViewNode['kind'], properties: Record<string, unknown> = {}, community = 0): ViewNode => ({ id, kind, key: id, label: id, distance: 1, properties, metrics: metrics(community) });
const e = (source: string, target: string): ViewEdge => ({ id: `${source}|X|${target}`, source, target, type: 'COVERS', role: null, weight: 1 });

describe('community colours (web/explorer/colours.ts)', () => {
  it('gives each community its own colour while the palette lasts', () => {
    const nodes = Array.from({ length: 12 }, (_, c) => n(`n${c}`, 'AGENCY', {}, c));
    const { colours, legend } = communityColours(nodes);
    expect(new Set(colours.values()).size).toBe(12);
    expect(legend.some((l) => l.community === 'other')).toBe(false);
  });

  it('groups the smallest as "other" when there are more communities than colours (issue 13: 14 communities, 10 colours)', () => {
    const nodes = Array.from({ length: 14 }, (_, c) => Array.from({ length: 20 - c }, (_, i) => n(`c${c}-${i}`, 'AGENCY', {}, c))).flat();
    const { colours, legend } = communityColours(nodes);
    expect(colours.size).toBe(COMMUNITY_PALETTE.length - 1);
    expect(new Set(colours.values()).size).toBe(colours.size);
    expect(legend).toHaveLength(COMMUNITY_PALETTE.length);
    expect(legend.at(-1)).toEqual({ community: 'other', colour: OTHER_COLOUR, nodes: 9 + 8 + 7, communities: 3 });
    // The biggest get colours: community 0 (20 nodes) is first.
    expect(legend[0]).toMatchObject({ community: 0, nodes: 20 });
  });
});

describe('the year range (web/explorer/years.ts)', () => {
  const view = {
    nodes: [n('a', 'AGENCY'), n('p1', 'PROGRAM', { startYear: 2018, endYear: 2025 }), n('p2', 'PROGRAM', { startYear: 2022, endYear: 2024 }), n('p3', 'PROGRAM', { startYear: 2023 }), n('p4', 'PROGRAM'), n('r', 'REGION')],
    edges: [e('a', 'p1'), e('a', 'p2'), e('a', 'p3'), e('p2', 'r')],
  };

  it('reads a program\'s years, an open end as its start', () => {
    expect(programYears(view.nodes[1]!)).toEqual({ start: 2018, end: 2025 });
    expect(programYears(view.nodes[3]!)).toEqual({ start: 2023, end: 2023 });
    expect(programYears(view.nodes[4]!)).toBeUndefined();
    expect(yearBounds(view.nodes)).toEqual({ min: 2018, max: 2025 });
  });

  it('hides programs running in no year of the range, and what hangs only on them; never the focus or programs without years', () => {
    expect([...hiddenByYears(view, 2025, undefined, new Set())].sort()).toEqual(['p2', 'p3', 'r']);
    expect([...hiddenByYears(view, undefined, 2021, new Set(['p2']))].sort()).toEqual(['p3']);
    expect(hiddenByYears(view, undefined, undefined, new Set()).size).toBe(0);
  });
});

describe('the view in the URL (web/explorer/urlState.ts)', () => {
  it('writes only what differs from the defaults, and reads back the same state', () => {
    expect(formatUrlState(DEFAULTS)).toBe('');
    const state = { ...DEFAULTS, focus: [{ kind: 'AGENCY' as const, key: 'kemenpanrb' }, { kind: 'REGION' as const, key: '65.03' }], depth: 1, from: 2022, to: 2025, colour: 'community' as const, lang: 'en' as const, expand: ['Program:spbe'], kinds: ['AGENCY' as const, 'PROGRAM' as const] };
    const search = formatUrlState(state);
    expect(search).toBe('?focus=AGENCY:kemenpanrb,REGION:65.03&depth=1&from=2022&to=2025&colour=community&lang=en&kinds=AGENCY,PROGRAM&expand=Program:spbe');
    expect(parseUrlState(search)).toEqual(state);
  });

  it('ignores what it cannot use instead of failing', () => {
    expect(parseUrlState('?focus=NOPE:x,AGENCY:anri&depth=9&limit=abc&colour=red&from=20&view=collaboration')).toEqual({ ...DEFAULTS, view: 'collaboration', focus: [{ kind: 'AGENCY', key: 'anri' }] });
  });
});
