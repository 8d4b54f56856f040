const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** A word with every Lucene query-syntax character escaped, so it is only ever a term. */
export function escapeLucene(word: string): string {
  return word.replace(LUCENE_SPECIAL, '\\$&');
}

/**
 * Turns what a user typed into a safe Lucene query for the name_search index: every word is
 * escaped and matched as a prefix, and all words must match. Returns null for blank input.
 */
export function toFulltextQuery(text: string | null | undefined): string | null {
  const words = (text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((word) => `${escapeLucene(word)}*`).join(' AND ');
}
