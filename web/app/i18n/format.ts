import type { Lang } from './define.js';

/** The locale each language formats numbers and dates in: id-ID (1.234,5) and en-GB (1,234.5). */
export const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

export interface Formatters {
  /** A count or measure, grouped: 1.234 (id) / 1,234 (en). */
  number(value: number | null | undefined, fractionDigits?: number): string;
  /** A share 0..1 as a percentage: 23,4% (id). */
  percent(value: number | null | undefined, fractionDigits?: number): string;
  /** A year, never grouped (2024, not 2.024). */
  year(value: number | null | undefined): string;
  /** A date or ISO string: 29 November 2026 (id). */
  date(value: Date | string | null | undefined): string;
}

const DASH = '–';

export function formatters(lang: Lang): Formatters {
  const locale = LOCALES[lang];
  const cache = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let format = cache.get(key);
    if (!format) cache.set(key, (format = new Intl.NumberFormat(locale, options)));
    return format;
  };
  const dateFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  return {
    number: (value, fractionDigits) => (value == null || Number.isNaN(value) ? DASH
      : numberFormat(fractionDigits === undefined ? { maximumFractionDigits: 3 } : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }).format(value)),
    percent: (value, fractionDigits = 1) => (value == null || Number.isNaN(value) ? DASH
      : numberFormat({ style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }).format(value)),
    year: (value) => (value == null ? DASH : String(value)),
    date: (value) => (value == null ? DASH : dateFormat.format(typeof value === 'string' ? new Date(value) : value)),
  };
}

/** Words kept in upper case in region names (DKI Jakarta, DI Yogyakarta). */
const UPPER = new Set(['DKI', 'DI', 'II', 'III', 'IV', 'RI', 'DPR', 'DPRD']);
/** Small words kept in lower case inside a name. */
const LOWER = new Set(['dan', 'di', 'ke', 'dari']);

/**
 * Region names in title case: "KABUPATEN NUNUKAN" -> "Kabupaten Nunukan", "KOTA ADMINISTRASI
 * JAKARTA PUSAT" -> "Kota Administrasi Jakarta Pusat", "DKI JAKARTA" -> "DKI Jakarta". Names
 * already in mixed case are left as they are (they were written by a person).
 */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase() && name !== name.toLowerCase()) return name;
  return name
    .toLowerCase()
    .split(/(\s+|-|\/|\()/)
    .map((word, index) => {
      if (UPPER.has(word.toUpperCase())) return word.toUpperCase();
      if (index > 0 && LOWER.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join('');
}
