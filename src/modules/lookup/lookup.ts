import type { Executor } from '../../db/executor.js';
import { NODE_KINDS, type NodeKind } from '../network/types.js';
import { findCandidates, type LookupCandidate } from './candidates.js';
import { fuzzyQuery, matchQuery } from './luceneQuery.js';
import { probeOf, rankMatches, rankSuggestions, type Ranked } from './rank.js';

/** Full-text hits taken before ranking: enough that the best of a common word are among them. */
export const CANDIDATE_LIMIT = 500;

export interface LookupRequest {
  /** What was typed; not blank (the resolver checks). */
  readonly text: string;
  /** Kinds to look among; all nine when null or empty. */
  readonly kinds: readonly NodeKind[] | null;
  readonly first: number;
}

/** One match or suggestion: the candidate, and how it matched. */
export type LookupHit = Ranked<LookupCandidate>;

export interface LookupAnswer {
  readonly matches: Ranked<LookupCandidate>[];
  /** Nodes with names within a few edits of the text; only when nothing matched. */
  readonly suggestions: Ranked<LookupCandidate>[];
  readonly normalized: string;
}

/**
 * Finds nodes by what someone typed: one statement for the full-text and key matches, ranked
 * by rank.ts; when none, a second for the fuzzy suggestions.
 */
export async function lookup(db: Executor, request: LookupRequest): Promise<LookupAnswer> {
  const probe = probeOf(request.text);
  const kinds = request.kinds && request.kinds.length > 0 ? [...new Set(request.kinds)] : (Object.keys(NODE_KINDS) as NodeKind[]);
  const labels = kinds.map((kind) => NODE_KINDS[kind]);
  const trimmed = request.text.trim();
  // The administrative type is optional in the query: a province's stored name leaves it out.
  const required = probe.type === null ? probe.words : probe.base.split(' ');
  const optional = probe.type === null ? [] : probe.normalized.slice(0, probe.normalized.length - probe.base.length).split(' ').filter(Boolean);
  const candidates = await findCandidates(db, {
    query: matchQuery(required, optional),
    keys: [...new Set([trimmed, trimmed.toLowerCase(), trimmed.toUpperCase()])],
    labels,
    limit: CANDIDATE_LIMIT,
  });
  const matches = rankMatches(request.text, candidates).slice(0, request.first);
  if (matches.length > 0) return { matches, suggestions: [], normalized: probe.normalized };
  const query = fuzzyQuery(probe.words);
  const similar = query === null ? [] : await findCandidates(db, { query, keys: [], labels, limit: CANDIDATE_LIMIT });
  return { matches: [], suggestions: rankSuggestions(request.text, similar).slice(0, request.first), normalized: probe.normalized };
}
