import type { NodeKind } from '../network/types.js';
import { editsAllowed } from './luceneQuery.js';
import { fold, normalizeName, normalizeQuery, queryWords, splitAdminType, wordsOf, type AdminType } from './normalize.js';

/**
 * Ranks the candidates the full-text index gave (pure: unit-tested on its own). The order:
 * 1. EXACT on KEY: the text is the node's id or code (case ignored);
 * 2. EXACT on NAME/TITLE/ACRONYM: the normalised text is the normalised name or acronym; for a
 *    region, also when the proper names agree and the text names no other administrative type
 *    (`Nunukan` is `KABUPATEN NUNUKAN`; `Kabupaten Nunukan` is not the district `Nunukan`);
 * 3. STARTS_WITH: the name, the region's proper name or the key starts with the text;
 * 4. WORDS: any other hit of the full-text query;
 * and, for suggestions, SIMILAR: words within a few edits.
 * Within a tier: relevance (the share of the field's words the text covers: a short name that is
 * mostly the text comes first; the key counts only when no name or acronym holds the words), then regions by level (province before regency before
 * district), then the Lucene score, then the key.
 */

export type LookupField = 'KEY' | 'NAME' | 'TITLE' | 'ACRONYM';
export type MatchType = 'EXACT' | 'STARTS_WITH' | 'WORDS' | 'SIMILAR';

export interface Candidate {
  readonly kind: NodeKind;
  readonly key: string;
  /** The name, or the title for mandates and regulations. */
  readonly name: string;
  readonly nameField: 'NAME' | 'TITLE';
  readonly acronym: string | null;
  readonly regionLevel: string | null;
  readonly isCity: boolean | null;
  /** Lucene's score; 0 for a node found by its key alone. */
  readonly score: number;
}

export interface Ranked<C extends Candidate> {
  readonly candidate: C;
  readonly matchedOn: LookupField;
  readonly match: MatchType;
  /** 0..1: how much of the matched field the text covers. */
  readonly relevance: number;
}

const TIER: Record<MatchType, number> = { EXACT: 1, STARTS_WITH: 2, WORDS: 3, SIMILAR: 4 };
const LEVEL_RANK: Record<string, number> = { COUNTRY: 0, PROVINCE: 1, REGENCY: 2, DISTRICT: 3 };

/** The typed text, prepared once for comparing with every candidate. */
export interface Probe {
  readonly key: string;
  readonly normalized: string;
  readonly words: readonly string[];
  readonly type: AdminType | null;
  readonly base: string;
}

export function probeOf(text: string): Probe {
  const normalized = normalizeQuery(text);
  const { type, base } = splitAdminType(normalized);
  return { key: fold(text.trim()), normalized, words: queryWords(text), type, base };
}

/** Whether the administrative type the text names (if any) can be this region's. */
function typeFits(type: AdminType | null, c: Candidate): boolean {
  if (c.kind !== 'REGION') return false;
  switch (type) {
    case null: return true;
    case 'PROVINCE': return c.regionLevel === 'PROVINCE';
    case 'REGENCY': return c.regionLevel === 'REGENCY' && c.isCity !== true;
    case 'CITY': return c.regionLevel === 'REGENCY' && c.isCity === true;
    case 'DISTRICT': return c.regionLevel === 'DISTRICT';
  }
}

interface Field { readonly field: LookupField; readonly text: string }

/** The candidate's texts to compare, normalised; a region's proper name as well when the type fits. */
function fieldsOf(probe: Probe, c: Candidate): { names: Field[]; bases: Field[] } {
  const names: Field[] = [{ field: c.nameField, text: normalizeName(c.name) }];
  if (c.acronym) names.push({ field: 'ACRONYM', text: normalizeName(c.acronym) });
  const bases = typeFits(probe.type, c) ? [{ field: c.nameField, text: splitAdminType(names[0]!.text).base }] : [];
  return { names, bases };
}

type WordTest = (typed: string, stored: string) => boolean;
const sameOrStart: WordTest = (typed, stored) => stored.startsWith(typed);

/** Within the edits the typed word allows (Levenshtein, stopping early past the limit). */
export function withinEdits(typed: string, stored: string, limit = editsAllowed(typed)): boolean {
  if (Math.abs(typed.length - stored.length) > limit) return false;
  let previous = Array.from({ length: stored.length + 1 }, (_, j) => j);
  for (let i = 1; i <= typed.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= stored.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (typed[i - 1] === stored[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return false;
    previous = current;
  }
  return previous[stored.length]! <= limit;
}
const similar: WordTest = (typed, stored) => stored.startsWith(typed) || withinEdits(typed, stored);

/** Share of the typed words found in the field times share of the field's words they cover. */
function coverage(typedWords: readonly string[], text: string, test: WordTest): number {
  const stored = text.split(' ').filter(Boolean);
  if (stored.length === 0 || typedWords.length === 0) return 0;
  const typedFound = typedWords.filter((t) => stored.some((s) => test(t, s))).length;
  const storedCovered = stored.filter((s) => typedWords.some((t) => test(t, s))).length;
  return (typedFound / typedWords.length) * (storedCovered / stored.length);
}

function best(fields: Field[], score: (f: Field) => number): { field: LookupField; relevance: number } {
  let top = { field: fields[0]!.field, relevance: -1 };
  for (const f of fields) {
    const relevance = score(f);
    if (relevance > top.relevance) top = { field: f.field, relevance };
  }
  return { field: top.field, relevance: Math.max(0, top.relevance) };
}

/** How one candidate of the full-text query (or the key look-up) matches the text. */
export function classify<C extends Candidate>(probe: Probe, c: C): Ranked<C> {
  const key = fold(c.key);
  if (key === probe.key) return { candidate: c, matchedOn: 'KEY', match: 'EXACT', relevance: 1 };
  const { names, bases } = fieldsOf(probe, c);
  const exact = names.find((f) => f.text === probe.normalized) ?? bases.find((f) => f.text === probe.base);
  if (exact) return { candidate: c, matchedOn: exact.field, match: 'EXACT', relevance: 1 };
  const starts = [...names.filter((f) => f.text.startsWith(probe.normalized)).map((f) => ({ f, typed: probe.normalized })),
    ...bases.filter((f) => f.text.startsWith(probe.base)).map((f) => ({ f, typed: probe.base }))];
  if (starts.length > 0) {
    const top = best(starts.map((s) => s.f), (f) => starts.find((s) => s.f === f)!.typed.length / f.text.length);
    return { candidate: c, matchedOn: top.field, match: 'STARTS_WITH', relevance: top.relevance };
  }
  if (probe.key !== '' && key.startsWith(probe.key)) {
    return { candidate: c, matchedOn: 'KEY', match: 'STARTS_WITH', relevance: probe.key.length / key.length };
  }
  // The key (a slug, often of a shortened name) is looked at only when no name holds the words.
  const named = best([...names, ...bases], (f) => coverage(probe.words, f.text, sameOrStart));
  const top = named.relevance > 0 ? named : best([{ field: 'KEY', text: wordsOf(c.key).join(' ') }], (f) => coverage(probe.words, f.text, sameOrStart));
  return { candidate: c, matchedOn: top.field, match: 'WORDS', relevance: top.relevance };
}

/** How one candidate of the fuzzy query resembles the text. */
export function classifySimilar<C extends Candidate>(probe: Probe, c: C): Ranked<C> {
  const { names, bases } = fieldsOf(probe, c);
  const words = probe.type === null ? probe.words : probe.base.split(' ');
  const named = best([...names, ...bases], (f) => coverage(words, f.text, similar));
  const top = named.relevance > 0 ? named : best([{ field: 'KEY', text: wordsOf(c.key).join(' ') }], (f) => coverage(words, f.text, similar));
  return { candidate: c, matchedOn: top.field, match: 'SIMILAR', relevance: top.relevance };
}

export function compareRanked(a: Ranked<Candidate>, b: Ranked<Candidate>): number {
  const tier = (r: Ranked<Candidate>) => (r.matchedOn === 'KEY' && r.match === 'EXACT' ? 0 : TIER[r.match]);
  const level = (r: Ranked<Candidate>) => (r.candidate.kind === 'REGION' ? LEVEL_RANK[r.candidate.regionLevel ?? ''] ?? 4 : 0);
  return tier(a) - tier(b)
    || b.relevance - a.relevance
    || level(a) - level(b)
    || b.candidate.score - a.candidate.score
    || (a.candidate.kind < b.candidate.kind ? -1 : a.candidate.kind > b.candidate.kind ? 1 : 0)
    || (a.candidate.key < b.candidate.key ? -1 : a.candidate.key > b.candidate.key ? 1 : 0);
}

/** The candidates in rank order, best first. */
export function rankMatches<C extends Candidate>(text: string, candidates: readonly C[]): Ranked<C>[] {
  const probe = probeOf(text);
  return candidates.map((c) => classify(probe, c)).sort(compareRanked);
}

/** Fuzzy candidates in rank order, best first; those resembling nothing typed are dropped. */
export function rankSuggestions<C extends Candidate>(text: string, candidates: readonly C[]): Ranked<C>[] {
  const probe = probeOf(text);
  return candidates.map((c) => classifySimilar(probe, c)).filter((r) => r.relevance > 0).sort(compareRanked);
}
