import { describe, expect, it } from 'vitest';
import { helixEvenness, strandSummary } from '../../src/modules/analysis/helixBalance/helixBalance.js';
import { strongestRole } from '../../src/modules/analysis/mandateConformance/mandateConformance.js';
import {
  jaccard, performanceOf, rankPeers, settingSimilarity, sizeSimilarity, type MeasuredPoint, type PeerEntry,
} from '../../src/modules/analysis/peers/peers.js';
import { round3 } from '../../src/modules/analysis/measures.js';

// ln 5 = 1.609438
describe('helixEvenness (Pielou over the five strands)', () => {
  it('is 1 when all five strands have the same number of actors', () => {
    // p_i = 1/5 each: H = -5 * (1/5 ln 1/5) = ln 5; H / ln 5 = 1
    expect(helixEvenness([1, 1, 1, 1, 1])).toBeCloseTo(1, 12);
    expect(helixEvenness([4, 4, 4, 4, 4])).toBeCloseTo(1, 12);
  });

  it('works out [2,1,0,0,0] by hand', () => {
    // p = 2/3, 1/3: H = 2/3 ln 1.5 + 1/3 ln 3 = 2/3 * 0.405465 + 1/3 * 1.098612 = 0.270310 + 0.366204 = 0.636514
    // 0.636514 / 1.609438 = 0.395488 -> round3 0.395
    expect(helixEvenness([2, 1, 0, 0, 0])).toBeCloseTo(0.395488, 5);
    expect(round3(helixEvenness([2, 1, 0, 0, 0]))).toBe(0.395);
  });

  it('works out two equal strands and [2,2,1,0,0] by hand', () => {
    // [1,1]: H = ln 2 = 0.693147; / 1.609438 = 0.430677
    expect(helixEvenness([1, 1, 0, 0, 0])).toBeCloseTo(0.430677, 5);
    // p = .4, .4, .2: H = 2 * 0.4 * ln 2.5 + 0.2 * ln 5 = 0.8 * 0.916291 + 0.2 * 1.609438 = 0.733033 + 0.321888 = 1.054921
    // 1.054921 / 1.609438 = 0.655459
    expect(helixEvenness([2, 2, 1, 0, 0])).toBeCloseTo(0.655459, 5);
  });

  it('is 0 with fewer than two strands, and refuses a count list that is not five long', () => {
    expect(helixEvenness([7, 0, 0, 0, 0])).toBe(0);
    expect(helixEvenness([0, 0, 0, 0, 0])).toBe(0);
    expect(() => helixEvenness([1, 1])).toThrow(/5 strand counts/);
  });
});

describe('strandSummary', () => {
  it('lists the five strands in order with zeros filled in, present, missing and the rounded balance', () => {
    const summary = strandSummary([
      { strand: 'MEDIA', actors: 1, programs: 1 },
      { strand: 'GOVERNMENT', actors: 2, programs: 3 },
    ]);
    expect(summary).toEqual({
      strands: [
        { strand: 'GOVERNMENT', actors: 2, programs: 3 },
        { strand: 'INDUSTRY', actors: 0, programs: 0 },
        { strand: 'ACADEMIA', actors: 0, programs: 0 },
        { strand: 'CIVIL_SOCIETY', actors: 0, programs: 0 },
        { strand: 'MEDIA', actors: 1, programs: 1 },
      ],
      present: ['GOVERNMENT', 'MEDIA'],
      missing: ['INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY'],
      // counts [2,0,0,0,1]: the same shares as [2,1,0,0,0] -> 0.395
      balance: 0.395,
    });
  });

  it('is all missing with balance 0 for an empty scope', () => {
    const summary = strandSummary([]);
    expect(summary.present).toEqual([]);
    expect(summary.missing).toEqual(['GOVERNMENT', 'INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA']);
    expect(summary.balance).toBe(0);
  });
});

describe('strongestRole', () => {
  it('picks LEAD > IMPLEMENTER > FUNDER > SUPPORTER', () => {
    expect(strongestRole(['SUPPORTER', 'FUNDER'])).toBe('FUNDER');
    expect(strongestRole(['SUPPORTER', 'LEAD', 'IMPLEMENTER'])).toBe('LEAD');
    expect(strongestRole(['SUPPORTER'])).toBe('SUPPORTER');
    expect(() => strongestRole([])).toThrow();
  });
});

const region = (code: string) => ({ code, name: code, level: 'REGENCY' as const, isCity: false, outermostIslandCount: 0, sourceRefs: [], sourceTitles: [] });
const indicator = (id: string, direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER') =>
  ({ id, name: id, unit: '%', direction, sourceRefs: [], sourceTitles: [] });
const point = (id: string, direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER', target: number, actual: number): MeasuredPoint =>
  ({ indicator: indicator(id, direction), year: 2024, region: region('31.01'), target, actual });

describe('performanceOf', () => {
  it('averages actual/target (higher is better) and target/actual (lower is better)', () => {
    // 60 / 80 = 0.75; 10 / 8 = 1.25; mean = 1.0
    const performance = performanceOf([point('up', 'HIGHER_IS_BETTER', 80, 60), point('down', 'LOWER_IS_BETTER', 10, 8)]);
    expect(performance?.achievement).toBe(1);
    expect(performance?.measurements.map((p) => [p.indicator.id, p.achievement])).toEqual([['up', 0.75], ['down', 1.25]]);
  });

  it('rounds the mean to 3 decimals and leaves out a point that divides by zero', () => {
    // 2 / 3 = 0.666667 and 1 / 1 = 1: mean 0.833333 -> 0.833; the zero target point has no achievement
    const performance = performanceOf([
      point('a', 'HIGHER_IS_BETTER', 3, 2), point('b', 'HIGHER_IS_BETTER', 1, 1), point('zero', 'HIGHER_IS_BETTER', 0, 5),
    ]);
    expect(performance?.achievement).toBe(0.833);
    expect(performance?.measurements.map((p) => p.achievement)).toEqual([0.667, 1]);
  });

  it('is null without a usable point', () => {
    expect(performanceOf([])).toBeNull();
    expect(performanceOf([point('zero', 'LOWER_IS_BETTER', 0, 0)])).toBeNull();
  });
});

describe('similarity parts', () => {
  it('jaccard: shared over all, 0 for two empty sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 12); // {b} / {a,b,c}
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
    expect(jaccard(new Set(), new Set(['a']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('settingSimilarity: 0.5 for the same province, 0.5 for the same remoteness', () => {
    expect(settingSimilarity({ province: '31', remote: false }, { province: '31', remote: false })).toBe(1);
    expect(settingSimilarity({ province: '31', remote: true }, { province: '31', remote: false })).toBe(0.5);
    expect(settingSimilarity({ province: '31', remote: true }, { province: '32', remote: true })).toBe(0.5);
    expect(settingSimilarity({ province: '31', remote: false }, { province: '32', remote: true })).toBe(0);
    // two province governments: each lies only in itself, so never the same province
    expect(settingSimilarity({ province: '31', remote: false }, { province: '32', remote: false })).toBe(0.5);
    // no jurisdiction: no province to share
    expect(settingSimilarity({ province: null, remote: false }, { province: null, remote: false })).toBe(0.5);
  });

  it('sizeSimilarity: smaller over larger, 1 when both are 0', () => {
    expect(sizeSimilarity(2, 8)).toBe(0.25);
    expect(sizeSimilarity(8, 2)).toBe(0.25);
    expect(sizeSimilarity(0, 0)).toBe(1);
    expect(sizeSimilarity(0, 5)).toBe(0);
  });
});

const theme = (id: string) => ({ id, name: id.toUpperCase(), description: null, sourceRefs: [], sourceTitles: [] });
const entry = (id: string, setting: { province: string; remote: boolean; districts: number }, themes: string[], points: MeasuredPoint[]): PeerEntry => ({
  agency: { id, name: id, acronym: null, kind: 'REGENCY_GOVERNMENT', level: 'LOCAL', sourceRefs: [], sourceTitles: [] },
  jurisdiction: `${setting.province}.01`, ...setting, themes: themes.map(theme), points,
});

describe('rankPeers', () => {
  // self: province 31, not remote, 4 districts, themes {x, y}; performance 80/100 = 0.8
  const self = entry('self', { province: '31', remote: false, districts: 4 }, ['x', 'y'], [point('i', 'HIGHER_IS_BETTER', 100, 80)]);
  // p1: same province, not remote, 4 districts, themes {x}: theme 1/2, setting 1, size 1 -> (0.5+1+1)/3 = 0.833; 90/100 = 0.9, lead 0.1
  const p1 = entry('p1', { province: '31', remote: false, districts: 4 }, ['x'], [point('i', 'HIGHER_IS_BETTER', 100, 90)]);
  // p2: the same setting and themes as p1 but 120/100 = 1.2, lead 0.4: same similarity, larger lead -> before p1
  const p2 = entry('p2', { province: '31', remote: false, districts: 4 }, ['x'], [point('i', 'HIGHER_IS_BETTER', 100, 120)]);
  // p0: identical to p2 (lead 0.4): tie on similarity and lead, broken by id -> p0 before p2
  const p0 = entry('p0', { province: '31', remote: false, districts: 4 }, ['x'], [point('i', 'HIGHER_IS_BETTER', 100, 120)]);
  // worse: 70/100 = 0.7 < 0.8: left out when self has a performance
  const worse = entry('worse', { province: '31', remote: false, districts: 4 }, ['x', 'y'], [point('i', 'HIGHER_IS_BETTER', 100, 70)]);
  // same: 80/100 = 0.8, not higher: left out
  const same = entry('same', { province: '31', remote: false, districts: 4 }, ['x', 'y'], [point('i', 'HIGHER_IS_BETTER', 100, 80)]);
  // far: province 32, remote, 1 district, themes {z}: theme 0, setting 0, size 1/4 -> 0.25/3 = 0.083; 2.0, lead 1.2
  const far = entry('far', { province: '32', remote: true, districts: 1 }, ['z'], [point('i', 'HIGHER_IS_BETTER', 50, 100)]);
  // nodata: its only point divides by zero: no performance, never a peer
  const nodata = entry('nodata', { province: '31', remote: false, districts: 4 }, ['x', 'y'], [point('i', 'HIGHER_IS_BETTER', 0, 3)]);

  it('keeps the better ones, sorted by similarity, then lead, then id', () => {
    const { performance, peers } = rankPeers(self, [far, p1, worse, p2, same, nodata, p0], 10);
    expect(performance?.achievement).toBe(0.8);
    expect(peers.map((p) => [p.agency.id, p.similarity, p.lead])).toEqual([
      ['p0', 0.833, 0.4], ['p2', 0.833, 0.4], ['p1', 0.833, 0.1], ['far', 0.083, 1.2],
    ]);
    expect(peers[2]).toMatchObject({ themeSimilarity: 0.5, settingSimilarity: 1, sizeSimilarity: 1, sharedThemes: [theme('x')] });
    expect(peers[3]).toMatchObject({ themeSimilarity: 0, settingSimilarity: 0, sizeSimilarity: 0.25, sharedThemes: [] });
  });

  it('takes the first n', () => {
    expect(rankPeers(self, [far, p1, p2, p0], 2).peers.map((p) => p.agency.id)).toEqual(['p0', 'p2']);
  });

  it('lists every agency with data, lead null, when the agency has none', () => {
    const lost = entry('lost', { province: '31', remote: false, districts: 4 }, ['x', 'y'], []);
    const { performance, peers } = rankPeers(lost, [worse, far, nodata], 10);
    expect(performance).toBeNull();
    // worse: theme 1, setting 1, size 1 -> 1; far: 0.083 (as above)
    expect(peers.map((p) => [p.agency.id, p.similarity, p.lead])).toEqual([['worse', 1, null], ['far', 0.083, null]]);
  });
});
