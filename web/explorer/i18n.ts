// The explorer's words: the workbench's catalogue (namespace `explorer`, enum labels from
// `enums`), in Bahasa Indonesia by default or English, remembered in 'kolaborasi.lang'.
import { catalogue } from '../app/i18n/catalogue.js';
import { fill, type Lang, type Message, type Params } from '../app/i18n/define.js';
import { formatters, type Formatters } from '../app/i18n/format.js';

const STORAGE_KEY = 'kolaborasi.lang';

/** `?lang=` when a link carries it (and then remembered), else the one remembered, else Bahasa Indonesia. */
function initialLang(): Lang {
  const asked = new URLSearchParams(window.location.search).get('lang');
  if (asked === 'id' || asked === 'en') {
    remember(asked);
    return asked;
  }
  try {
    const remembered = window.localStorage.getItem(STORAGE_KEY);
    if (remembered === 'id' || remembered === 'en') return remembered;
  } catch {
    // Storage refused (private mode): the default.
  }
  return 'id';
}

function remember(next: Lang) {
  try {
    window.localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not remembered, but still switched.
  }
}

let lang: Lang = initialLang();
let fmt: Formatters = formatters(lang);

export const currentLang = () => lang;
export const format = () => fmt;

/** Switches the language and remembers it; false when it was already the one shown. */
export function switchLang(next: Lang): boolean {
  if (next !== 'id' && next !== 'en') return false;
  remember(next);
  if (next === lang) return false;
  lang = next;
  fmt = formatters(lang);
  return true;
}

export type ExplorerKey = keyof typeof catalogue.explorer.id & string;
type EnumKey = keyof typeof catalogue.enums.id & string;
type Table = Record<string, Message | undefined>;

/** A message of a namespace in the current language; a missing key shows as `namespace.key`. */
export function message(namespace: 'explorer' | 'enums' | 'common', key: string, params?: Params): string {
  const found = (catalogue[namespace][lang] as Table)[key] ?? (catalogue[namespace].id as Table)[key];
  return found === undefined ? `${namespace}.${key}` : fill(found, params);
}

/** The explorer's messages: `t('status.drawFailed', { message })`. */
export const t = (key: ExplorerKey, params?: Params) => message('explorer', key, params);

/** An enum value as the workbench shows it: `enumLabel('NodeKind', 'AGENCY')` -> "Instansi"; an unknown value as itself. */
export function enumLabel(enumName: string, value: string): string {
  const key = `${enumName}.${value}` as EnumKey;
  const label = message('enums', key);
  return label === `enums.${key}` ? value : label;
}

/** A `data-i18n*` key: `explorer` by default, `common:lang.id` from another namespace. */
const byKey = (key: string) => {
  const [namespace, name] = key.includes(':') ? key.split(':', 2) as ['common' | 'enums', string] : ['explorer' as const, key];
  return message(namespace, name);
};

/** Fills every static text and attribute of index.html in the current language. */
export function applyStaticLabels() {
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) element.textContent = byKey(element.dataset.i18n ?? '');
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-enum]')) {
    const [enumName = '', value = ''] = (element.dataset.i18nEnum ?? '').split('.');
    element.textContent = enumLabel(enumName, value);
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-placeholder]')) element.setAttribute('placeholder', byKey(element.dataset.i18nPlaceholder ?? ''));
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-aria-label]')) element.setAttribute('aria-label', byKey(element.dataset.i18nAriaLabel ?? ''));
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n-title]')) element.setAttribute('title', byKey(element.dataset.i18nTitle ?? ''));
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
}

export const $ = <T extends HTMLElement = HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id} on the page`);
  return element as T;
};

export const escapeHtml = (value: unknown) => String(value)
  .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
