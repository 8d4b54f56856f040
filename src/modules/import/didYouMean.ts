import { distance } from 'fastest-levenshtein';

/**
 * The candidate closest to `word` (case aside) by Levenshtein distance, if it is close enough
 * to be a slip rather than another word: at most 2 edits, or a third of the word when longer,
 * and fewer edits than the word has letters. `nmae` gives `name`, `partner` gives `partners`.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: { candidate: string; edits: number } | undefined;
  for (const candidate of candidates) {
    const edits = distance(lower, candidate.toLowerCase());
    if (!best || edits < best.edits) best = { candidate, edits };
  }
  if (!best || best.edits === 0 && best.candidate === word) return undefined;
  const allowed = Math.max(2, Math.floor(word.length / 3));
  return best.edits <= allowed && best.edits < word.length ? best.candidate : undefined;
}

/** "did you mean `name`? " or nothing: to put before the list of what is allowed. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match === undefined ? '' : `did you mean ${match}? `;
}
