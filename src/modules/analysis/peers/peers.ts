import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import {
  AgencyRecord, IndicatorRecord, RegionRecord, ThemeRecord,
  type AgencyRecord as Agency, type IndicatorRecord as Indicator, type RegionRecord as Region, type ThemeRecord as Theme,
} from '../../../model/records.js';
import { achievement, round3 } from '../measures.js';
import { readRule } from '../rules.js';
import type { PeersArgs } from './input.js';

/** The rule, in words: peers.rule.md beside this file. */
export const PEERS_RULE = readRule(new URL('./peers.rule.md', import.meta.url));

const Point = z.object({
  indicator: IndicatorRecord, year: z.number().int(), region: RegionRecord, target: z.number(), actual: z.number(),
});
export type MeasuredPoint = z.output<typeof Point>;

const Entry = z.object({
  agency: AgencyRecord,
  jurisdiction: z.string().nullable(),
  province: z.string().nullable(),
  remote: z.boolean(),
  districts: z.number().int(),
  themes: z.array(ThemeRecord),
  points: z.array(Point),
});
/** An agency with what its performance and similarity need. */
export type PeerEntry = z.output<typeof Entry>;

export interface PerformancePoint {
  readonly indicator: Indicator;
  readonly year: number;
  readonly region: Region;
  readonly target: number;
  readonly actual: number;
  readonly achievement: number;
}

export interface Performance {
  readonly achievement: number;
  readonly measurements: PerformancePoint[];
}

/**
 * Mean achievement of the points (each the latest actual of an indicator against its target),
 * rounded to 3 decimals, as are the points' achievements; null when no point has one.
 */
export function performanceOf(points: readonly MeasuredPoint[]): Performance | null {
  const scored = points.flatMap((point) => {
    const value = achievement(point.indicator.direction, point.target, point.actual);
    return value === null ? [] : [{ ...point, achievement: value }];
  });
  if (scored.length === 0) return null;
  const mean = scored.reduce((sum, point) => sum + point.achievement, 0) / scored.length;
  return { achievement: round3(mean), measurements: scored.map((point) => ({ ...point, achievement: round3(point.achievement) })) };
}

/** |A ∩ B| / |A ∪ B|; 0 when both sets are empty (nothing to compare). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return [...a].filter((key) => b.has(key)).length / union.size;
}

type Setting = Pick<PeerEntry, 'province' | 'remote'>;

/** 0.5 when both lie in the same province, plus 0.5 when both are remote or both are not. */
export function settingSimilarity(a: Setting, b: Setting): number {
  return (a.province !== null && a.province === b.province ? 0.5 : 0) + (a.remote === b.remote ? 0.5 : 0);
}

/** The smaller district count over the larger; 1 when both are 0. */
export function sizeSimilarity(a: number, b: number): number {
  const larger = Math.max(a, b);
  return larger === 0 ? 1 : Math.min(a, b) / larger;
}

export interface Peer {
  readonly agency: Agency;
  readonly similarity: number;
  readonly themeSimilarity: number;
  readonly settingSimilarity: number;
  readonly sizeSimilarity: number;
  readonly sharedThemes: Theme[];
  readonly performance: Performance;
  readonly lead: number | null;
}

/** The agency's performance and its best `first` peers among the candidates, scored and sorted. */
export function rankPeers(self: PeerEntry, candidates: readonly PeerEntry[], first: number) {
  const performance = performanceOf(self.points);
  const ownThemes = new Set(self.themes.map((theme) => theme.id));
  const peers: Peer[] = candidates.flatMap((candidate) => {
    const theirs = performanceOf(candidate.points);
    if (!theirs) return [];
    if (performance && !(theirs.achievement > performance.achievement)) return [];
    const theme = jaccard(ownThemes, new Set(candidate.themes.map((t) => t.id)));
    const setting = settingSimilarity(self, candidate);
    const size = sizeSimilarity(self.districts, candidate.districts);
    return [{
      agency: candidate.agency,
      similarity: round3((theme + setting + size) / 3),
      themeSimilarity: round3(theme),
      settingSimilarity: round3(setting),
      sizeSimilarity: round3(size),
      sharedThemes: candidate.themes
        .filter((t) => ownThemes.has(t.id))
        .sort((x, y) => x.name.localeCompare(y.name) || x.id.localeCompare(y.id)),
      performance: theirs,
      lead: performance ? round3(theirs.achievement - performance.achievement) : null,
    }];
  });
  peers.sort((x, y) =>
    y.similarity - x.similarity || (y.lead ?? 0) - (x.lead ?? 0) || (x.agency.id < y.agency.id ? -1 : x.agency.id > y.agency.id ? 1 : 0));
  return { performance, peers: peers.slice(0, first) };
}

const peersQuery = defineQuery({
  file: new URL('./peers.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ agency: z.string(), theme: z.string() }),
  row: z.object({
    agencyFound: z.boolean(),
    themeFound: z.boolean(),
    theme: ThemeRecord.nullable(),
    agency: Entry.nullable(),
    candidates: z.array(Entry),
  }),
});

/** Best-practice peers of an agency on a theme; NOT_FOUND for an unknown agency or theme. One statement. */
export async function peers(db: Executor, request: PeersArgs) {
  const [row] = await peersQuery.run(db, { agency: request.agency, theme: request.theme });
  if (!row!.agencyFound || !row!.agency) throw new NotFoundError('Agency', request.agency, 'agency');
  if (!row!.themeFound || !row!.theme) throw new NotFoundError('Theme', request.theme, 'theme');
  const ranked = rankPeers(row!.agency, row!.candidates, request.first);
  return { agency: row!.agency.agency, theme: row!.theme, ...ranked, rule: PEERS_RULE };
}
