// The view's state in the page's URL, so that a copied link opens the same view:
// /explorer?focus=AGENCY:kemenpanrb&depth=2&from=2022&to=2025&colour=community&lang=en.
// Pure: test/unit/explorerUrlState.test.ts. main.ts writes it with history.replaceState.
import { KINDS, type Focus, type Kind } from './types.js';

export type ColourBy = 'kind' | 'helix' | 'community';
export type SizeBy = 'degree' | 'weightedDegree' | 'betweenness';
export type LayoutName = 'cose' | 'concentric';

export interface UrlState {
  view: 'network' | 'collaboration';
  focus: Focus[];
  depth: number;
  limit: number;
  theme: string;
  region: string;
  minWeight: number;
  /** The year range; undefined = open at that end. */
  from?: number;
  to?: number;
  colour: ColourBy;
  size: SizeBy;
  layout: LayoutName;
  lang?: 'id' | 'en';
  /** Node ids expanded (their neighbours merged into the view), in order. */
  expand: string[];
  /** The node kinds and edge types ticked in the filter (none = the API's default). */
  kinds: Kind[];
  types: string[];
}

export const DEFAULTS: UrlState = {
  view: 'network', focus: [], depth: 2, limit: 300, theme: '', region: '', minWeight: 1, colour: 'kind', size: 'degree', layout: 'cose', expand: [], kinds: [], types: [],
};

const whole = (value: string | null, min: number, max: number): number | undefined => {
  if (value === null || !/^\d{1,5}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
};
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  (allowed as readonly string[]).includes(value ?? '') ? value as T : undefined;

/** `KIND:key` pairs, comma-separated; an unknown kind is dropped. */
export function parseFocus(text: string | null): Focus[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const at = part.indexOf(':');
    const kind = part.slice(0, at).toUpperCase();
    const key = part.slice(at + 1);
    return at > 0 && key && (KINDS as readonly string[]).includes(kind) ? { kind: kind as Kind, key } : undefined;
  }).filter((f): f is Focus => f !== undefined);
}

/** The state a query string describes; what is missing or malformed takes its default. */
export function parseUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const focus = parseFocus(q.get('focus'));
  const from = whole(q.get('from'), 1900, 2100);
  const to = whole(q.get('to'), 1900, 2100);
  return {
    view: oneOf(q.get('view'), ['network', 'collaboration'] as const) ?? DEFAULTS.view,
    focus,
    depth: whole(q.get('depth'), 1, 3) ?? DEFAULTS.depth,
    limit: whole(q.get('limit'), 1, 2000) ?? DEFAULTS.limit,
    theme: q.get('theme')?.trim() ?? '',
    region: q.get('region')?.trim() ?? '',
    minWeight: whole(q.get('minWeight'), 1, 1000) ?? DEFAULTS.minWeight,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    colour: oneOf(q.get('colour'), ['kind', 'helix', 'community'] as const) ?? DEFAULTS.colour,
    size: oneOf(q.get('size'), ['degree', 'weightedDegree', 'betweenness'] as const) ?? DEFAULTS.size,
    layout: oneOf(q.get('layout'), ['cose', 'concentric'] as const) ?? DEFAULTS.layout,
    ...(oneOf(q.get('lang'), ['id', 'en'] as const) ? { lang: q.get('lang') as 'id' | 'en' } : {}),
    expand: (q.get('expand') ?? '').split(',').filter((id) => /^[A-Za-z]+:.+$/.test(id)),
    kinds: (q.get('kinds') ?? '').split(',').map((k) => k.toUpperCase()).filter((k): k is Kind => (KINDS as readonly string[]).includes(k)),
    types: (q.get('types') ?? '').split(',').map((k) => k.toUpperCase()).filter((k) => /^[A-Z_]{2,40}$/.test(k)),
  };
}

/** The query string for a state: only what differs from the defaults, in a fixed order. */
export function formatUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  if (state.view !== DEFAULTS.view) q.set('view', state.view);
  if (state.focus.length) q.set('focus', state.focus.map((f) => `${f.kind}:${f.key}`).join(','));
  if (state.depth !== DEFAULTS.depth) q.set('depth', String(state.depth));
  if (state.limit !== DEFAULTS.limit) q.set('limit', String(state.limit));
  if (state.theme) q.set('theme', state.theme);
  if (state.region) q.set('region', state.region);
  if (state.minWeight !== DEFAULTS.minWeight) q.set('minWeight', String(state.minWeight));
  if (state.from !== undefined) q.set('from', String(state.from));
  if (state.to !== undefined) q.set('to', String(state.to));
  if (state.colour !== DEFAULTS.colour) q.set('colour', state.colour);
  if (state.size !== DEFAULTS.size) q.set('size', state.size);
  if (state.layout !== DEFAULTS.layout) q.set('layout', state.layout);
  if (state.lang) q.set('lang', state.lang);
  if (state.kinds.length) q.set('kinds', state.kinds.join(','));
  if (state.types.length) q.set('types', state.types.join(','));
  if (state.expand.length) q.set('expand', state.expand.join(','));
  const text = q.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
