/** Lowercase, runs of anything but a-z and 0-9 turned into one '-', no '-' at either end. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Words kept in capitals, and the conjunctions Indonesian titles keep in lower case. */
const ACRONYMS = new Set(['DKI', 'DPR', 'RI', 'ASN', 'SPBE']);
const LOWERCASE = new Set(['dan']);

/**
 * 'KABUPATEN ACEH SELATAN' -> 'Kabupaten Aceh Selatan', 'DKI JAKARTA' -> 'DKI Jakarta',
 * 'PANGKAJENE DAN KEPULAUAN' -> 'Pangkajene dan Kepulauan'. The area data spells names in
 * capitals; agency names read better in title case.
 */
export function titleCase(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word, index) => {
      if (ACRONYMS.has(word.toUpperCase())) return word.toUpperCase();
      const lower = word.toLowerCase();
      if (index > 0 && LOWERCASE.has(lower)) return lower;
      // Hyphenated and dotted parts each get their capital (e.g. 'TOLI-TOLI' -> 'Toli-Toli').
      return lower.replace(/(^|[-.'(])([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
    })
    .join(' ');
}
