import { escapeLucene } from '../nodes/fulltext.js';

/**
 * Lucene queries for the name_lookup index (src/db/migrations/004_lookup.cypher), built from
 * normalised words (normalize.ts). Every word is escaped, so nothing typed is ever query syntax.
 */

/** The English stop words the index's analyzer (standard-folding) drops: a query term of its own never matches. */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it', 'no', 'not', 'of',
  'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these', 'they', 'this', 'to', 'was', 'will', 'with',
]);

/** At most this many words go into a query (Lucene refuses more than 1,024 clauses in all). */
export const MAX_QUERY_WORDS = 16;
/** Fuzzy terms each expand to up to 50 terms per field; three of them over five fields stay under 1,024. */
export const MAX_FUZZY_WORDS = 3;

function distinctTerms(words: readonly string[]): string[] {
  const unique = [...new Set(words)];
  const kept = unique.filter((word) => !STOP_WORDS.has(word));
  return (kept.length > 0 ? kept : unique).slice(0, MAX_QUERY_WORDS);
}

/**
 * Every required word must match, as a whole word (scored by relevance) or as the start of one
 * (what is still being typed); optional words (a region's administrative type, which a stored
 * province name leaves out) only add to the score:
 * `(['nunukan'], ['kabupaten'])` -> `+(nunukan OR nunukan*) kabupaten`. Null when nothing is required.
 */
export function matchQuery(required: readonly string[], optional: readonly string[] = []): string | null {
  const terms = distinctTerms(required);
  if (terms.length === 0) return null;
  const must = terms.map((word) => { const term = escapeLucene(word); return `+(${term} OR ${term}*)`; });
  const may = [...new Set(optional)].filter((word) => !STOP_WORDS.has(word)).slice(0, 2).map(escapeLucene);
  return [...must, ...may].join(' ');
}

/** How many edits a word may be from what was typed: one for short words, two from five letters on. */
export function editsAllowed(word: string): number {
  return word.length >= 5 ? 2 : 1;
}

/**
 * For suggestions when nothing matched: any of the longest words, each within a few edits
 * (`nunukn` -> `nunukn~2`). Words under three letters are left out, as near everything is
 * within an edit of them. Null when no word is left.
 */
export function fuzzyQuery(words: readonly string[]): string | null {
  const terms = distinctTerms(words)
    .filter((word) => word.length >= 3)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, MAX_FUZZY_WORDS);
  if (terms.length === 0) return null;
  return terms.map((word) => `${escapeLucene(word)}~${editsAllowed(word)}`).join(' OR ');
}
