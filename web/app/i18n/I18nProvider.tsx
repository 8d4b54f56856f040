import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalogue, type KeyOf, type NamespaceName } from './catalogue.js';
import { fill, LANGS, type Lang, type Params } from './define.js';
import { formatters, titleCase, type Formatters } from './format.js';

const STORAGE_KEY = 'kolaborasi.lang';

interface I18n {
  readonly lang: Lang;
  setLang(lang: Lang): void;
  readonly fmt: Formatters;
}

const I18nContext = createContext<I18n | null>(null);

/** The language: `?lang=` when a link carries it, else the one remembered, else Bahasa Indonesia. */
function initialLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'id' || asked === 'en') return asked;
  try {
    const remembered = window.localStorage.getItem(STORAGE_KEY);
    if (remembered === 'id' || remembered === 'en') return remembered;
  } catch {
    // Storage refused (private mode): fall back to the default.
  }
  return 'id';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    if (!LANGS.includes(next)) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, but still switched.
    }
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, fmt: formatters(lang) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside <I18nProvider>');
  return context;
}

/** Messages of one namespace: `const t = useT('gaps'); t('title')`. */
export function useT<N extends NamespaceName>(namespace: N) {
  const { lang } = useI18n();
  return useCallback(
    (key: KeyOf<N>, params?: Params): string => {
      const table = catalogue[namespace][lang] as Record<string, Parameters<typeof fill>[0]>;
      const message = table[key] ?? (catalogue[namespace].id as Record<string, Parameters<typeof fill>[0]>)[key];
      return message === undefined ? `${namespace}.${key}` : fill(message, params);
    },
    [lang, namespace],
  );
}

/** An enum value as the pages show it: `label('ParticipationRole', 'LEAD')` -> "Pemimpin". */
export function useEnumLabel() {
  const t = useT('enums');
  return useCallback((enumName: string, value: string | null | undefined) => {
    if (value == null) return '–';
    const key = `${enumName}.${value}` as KeyOf<'enums'>;
    const label = t(key);
    return label === `enums.${key}` ? value : label;
  }, [t]);
}

export { titleCase };

/** A span of years as the pages write it: "2022–2024", "2022–berlanjut", "sejak awal–2024", "2023". */
export function useYearSpan() {
  const { fmt } = useI18n();
  const common = useT('common');
  return useCallback((from: number | null, to: number | null) => {
    const start = from == null ? common('years.open') : fmt.year(from);
    const end = to == null ? common('years.ongoing') : fmt.year(to);
    return from != null && from === to ? start : `${start}–${end}`;
  }, [fmt, common]);
}
