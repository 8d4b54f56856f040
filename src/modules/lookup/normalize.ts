/**
 * How the names an Indonesian analyst types (or a spreadsheet holds) are compared with the
 * names in the graph: pure functions, shared by `lookup` and any later name resolution.
 *
 * - case and accents are ignored: `Pémérintah` and `PEMERINTAH` both become `pemerintah`;
 * - punctuation separates words and is dropped (`Kab.` is `kab`), except the dots of a region
 *   code (`65.03.02` stays one word);
 * - the usual abbreviations are spelled out (`kab` -> `kabupaten`, `prov` -> `provinsi`,
 *   `pemkab` -> `pemerintah kabupaten`, …);
 * - a region's administrative type (`kabupaten`, `kota`, `provinsi`, `kecamatan`, with an
 *   optional `administrasi`) can be set apart from its proper name (`nunukan`).
 */

/** Whole words spelled out, after folding. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  kab: 'kabupaten',
  kec: 'kecamatan',
  prov: 'provinsi',
  prop: 'provinsi',
  propinsi: 'provinsi',
  adm: 'administrasi',
  pemkab: 'pemerintah kabupaten',
  pemkot: 'pemerintah kota',
  pemprov: 'pemerintah provinsi',
  kemen: 'kementerian',
};

/** The administrative types a region's name may start with, and the regions each can name. */
export type AdminType = 'PROVINCE' | 'REGENCY' | 'CITY' | 'DISTRICT';
const ADMIN_WORDS: ReadonlyArray<readonly [string, AdminType]> = [
  ['kabupaten administrasi', 'REGENCY'],
  ['kota administrasi', 'CITY'],
  ['kabupaten', 'REGENCY'],
  ['kota', 'CITY'],
  ['provinsi', 'PROVINCE'],
  ['kecamatan', 'DISTRICT'],
];

/** A word: letters and digits, with the dots inside a code (`65.03`) kept. */
const WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+/gu;

/** Lower case without accents or other combining marks (NFKD, then marks dropped). */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The folded words of a text, abbreviations not spelled out (for keys and stored names). */
export function wordsOf(text: string): string[] {
  return fold(text).match(WORD) ?? [];
}

/** The folded words of what someone typed, abbreviations spelled out. */
export function queryWords(text: string): string[] {
  return wordsOf(text).flatMap((word) => (ABBREVIATIONS[word] ?? word).split(' '));
}

/** What was typed, as one normalised string: `Kab. Nunukan` -> `kabupaten nunukan`. */
export function normalizeQuery(text: string): string {
  return queryWords(text).join(' ');
}

/** A stored name, as one normalised string (abbreviations spelled out too, so both sides agree). */
export function normalizeName(text: string): string {
  return normalizeQuery(text);
}

export interface SplitName {
  /** The administrative type the name starts with, or null. */
  readonly type: AdminType | null;
  /** The rest: `kabupaten nunukan` -> `nunukan`. The whole name when it has no type, or nothing after it. */
  readonly base: string;
}

/** Sets a normalised name's administrative type apart from its proper name. */
export function splitAdminType(normalized: string): SplitName {
  for (const [words, type] of ADMIN_WORDS) {
    if (normalized.startsWith(`${words} `)) return { type, base: normalized.slice(words.length + 1) };
  }
  return { type: null, base: normalized };
}
