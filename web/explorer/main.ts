// The network explorer: bundled by scripts/build-web.mjs, served at /explorer. It asks this
// server's /graphql for a network view (or the agency collaboration view), draws it with
// Cytoscape.js and links each export format to /export with the view's selection.
// Tests read window.explorerState, updated after each draw.
// Every word comes from the workbench's catalogue (namespace `explorer`, enum labels from
// `enums`), in Bahasa Indonesia by default or English, remembered in 'kolaborasi.lang'.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { catalogue } from '../app/i18n/catalogue.js';
import { fill, type Lang, type Message, type Params } from '../app/i18n/define.js';
import { formatters, titleCase } from '../app/i18n/format.js';
import './style.css';

type Kind = 'AGENCY' | 'PROGRAM' | 'REGION' | 'THEME' | 'PARTNER' | 'MANDATE' | 'REGULATION' | 'INDICATOR' | 'FORUM';

interface ViewNode {
  id: string;
  kind: Kind;
  key: string;
  label: string;
  distance: number;
  properties: Record<string, unknown>;
  metrics: { degree: number; weightedDegree: number; betweenness: number; community: number };
}
interface ViewEdge { id: string; source: string; target: string; type: string; role: string | null; weight: number }
interface View { nodes: ViewNode[]; edges: ViewEdge[]; truncated: boolean; selection: unknown }

interface ExplorerState {
  nodes: number;
  edges: number;
  focus: Array<{ kind: Kind; key: string }>;
  view: 'network' | 'collaboration';
  status: 'idle' | 'loading' | 'drawn' | 'error';
  truncated: boolean;
  error: string | null;
  /** The last download: whether it worked, and the server's message when it did not. */
  download: 'none' | 'loading' | 'done' | 'error';
  downloadError: string | null;
}

declare global {
  interface Window { explorerState: ExplorerState; explorerCy?: Core }
}

export const EXPORT_FORMATS = ['graphml', 'gexf', 'nodes.csv', 'edges.csv', 'cytoscape.json', 'graphology.json', 'cypher'] as const;

const KIND_COLOURS: Record<Kind, string> = {
  AGENCY: '#1f77b4', PROGRAM: '#ff7f0e', REGION: '#2ca02c', THEME: '#9467bd', PARTNER: '#d62728',
  MANDATE: '#8c564b', REGULATION: '#e377c2', INDICATOR: '#7f7f7f', FORUM: '#17becf',
};
const HELIX_COLOURS: Record<string, string> = {
  GOVERNMENT: '#1f77b4', INDUSTRY: '#d62728', ACADEMIA: '#2ca02c', CIVIL_SOCIETY: '#ff7f0e', MEDIA: '#9467bd', 'not an actor': '#c7c7c7',
};
const COMMUNITY_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#bcbd22', '#17becf', '#7f7f7f'];

const VIEW_FIELDS = `nodes { id kind key label distance properties metrics { degree weightedDegree betweenness community } }
  edges { id source target type role weight } truncated selection`;

const NETWORK_QUERY = `query ExplorerNetwork($focus: [NetworkFocus!]!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
  network(focus: $focus, depth: $depth, filter: $filter, limit: $limit) { ${VIEW_FIELDS} }
}`;
const COLLABORATION_QUERY = `query ExplorerCollaboration($theme: ID, $region: ID, $minWeight: Int, $limit: Int) {
  collaborationNetwork(theme: $theme, region: $region, minWeight: $minWeight, limit: $limit) { ${VIEW_FIELDS} }
}`;

/** The API's lookup: names, acronyms, ids and codes, the same matching as the workbench's pickers. */
const LOOKUP_QUERY = `query ExplorerLookup($text: String!, $kinds: [NodeKind!], $first: Int) {
  lookup(text: $text, kinds: $kinds, first: $first) {
    matches { kind key name acronym detail { parent { name } } }
    suggestions { kind key name acronym detail { parent { name } } }
  }
}`;

interface LookupMatch { kind: Kind; key: string; name: string; acronym: string | null; detail: { parent: { name: string } | null } }
interface LookupAnswer { lookup: { matches: LookupMatch[]; suggestions: LookupMatch[] } }

// ---- language -----------------------------------------------------------------------------

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
let fmt = formatters(lang);

type ExplorerKey = keyof typeof catalogue.explorer.id & string;
type EnumKey = keyof typeof catalogue.enums.id & string;
type Table = Record<string, Message | undefined>;

/** A message of a namespace in the current language; a missing key shows as `namespace.key`. */
function message(namespace: 'explorer' | 'enums' | 'common', key: string, params?: Params): string {
  const found = (catalogue[namespace][lang] as Table)[key] ?? (catalogue[namespace].id as Table)[key];
  return found === undefined ? `${namespace}.${key}` : fill(found, params);
}

/** The explorer's messages: `t('status.drawFailed', { message })`. */
const t = (key: ExplorerKey, params?: Params) => message('explorer', key, params);

/** An enum value as the workbench shows it: `enumLabel('NodeKind', 'AGENCY')` -> "Instansi"; an unknown value as itself. */
function enumLabel(enumName: string, value: string): string {
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
function applyStaticLabels() {
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

/** Switches the language, remembers it and re-renders every text on the page. */
function setLang(next: Lang) {
  if (next !== 'id' && next !== 'en') return;
  remember(next);
  if (next === lang) return;
  lang = next;
  fmt = formatters(lang);
  applyStaticLabels();
  relabel();
}

/** Region names come in upper case from the reference data: "KABUPATEN NUNUKAN" -> "Kabupaten Nunukan". */
const nodeName = (kind: Kind, name: string) => (kind === 'REGION' ? titleCase(name) : name);
const matchLabel = (match: LookupMatch) => {
  const name = nodeName(match.kind, match.name);
  return `${name}${match.acronym && match.acronym !== match.name ? ` (${match.acronym})` : ''}`;
};

async function lookup(text: string, kinds: Kind[], first = 12): Promise<LookupAnswer['lookup']> {
  return (await graphql<LookupAnswer>(LOOKUP_QUERY, { text, kinds, first })).lookup;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string) => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`no #${id} on the page`);
  return element as T;
};

const state: ExplorerState = { nodes: 0, edges: 0, focus: [], view: 'network', status: 'idle', truncated: false, error: null, download: 'none', downloadError: null };
window.explorerState = { ...state };
let current: View | null = null;
let cy: Core | null = null;
/** What the page shows, as functions of the language, so that a switch re-renders them. */
let statusText: () => string = () => t('status.start');
let focusText: () => string = () => t('focus.none');
let selectedNode: string | null = null;
let lastSearch: { text: string; found: LookupAnswer['lookup'] } | null = null;

function publish(patch: Partial<ExplorerState>) {
  Object.assign(state, patch);
  window.explorerState = { ...state, focus: [...state.focus] };
  document.body.dataset.status = state.status;
}

class GraphQLError extends Error {}

async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: Array<{ message: string }> };
  try {
    body = await response.json() as typeof body;
  } catch {
    throw new GraphQLError(t('error.noJson', { status: response.status }));
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLError(t('error.noData', { status: response.status }));
  return body.data;
}

/** The status line: a function of the language, rendered now and again after a switch. */
function setStatus(text: () => string, kind: '' | 'error' | 'loading' = '') {
  statusText = text;
  const status = $('status');
  status.textContent = text();
  status.className = kind;
}

function setFocusText(text: () => string) {
  focusText = text;
  $('focus').textContent = text();
}

/** After a language switch: everything main.ts wrote, in the new language. */
function relabel() {
  $('status').textContent = statusText();
  $('focus').textContent = focusText();
  if (lastSearch) showResults(lastSearch.text, lastSearch.found);
  relabelChecks();
  relabelDownloads();
  if (current) styleNodes();
  else legend($<HTMLSelectElement>('color-by').value, []);
  if (current && selectedNode) showDetails(selectedNode);
  else showNoDetails();
}

// ---- search and focus -------------------------------------------------------------------

let searchSeq = 0;
async function runSearch() {
  const text = $<HTMLInputElement>('search').value.trim();
  const kind = $<HTMLSelectElement>('search-kind').value as Kind;
  const list = $('results');
  if (text.length === 0) {
    list.textContent = '';
    lastSearch = null;
    return;
  }
  const seq = ++searchSeq;
  try {
    const found = await lookup(text, [kind]);
    if (seq !== searchSeq) return;
    lastSearch = { text, found };
    showResults(text, found);
  } catch (error) {
    if (seq !== searchSeq) return;
    list.innerHTML = '';
    lastSearch = null;
    const message = (error as Error).message;
    setStatus(() => t('search.failed', { message }), 'error');
  }
}

/** The matches of a search as buttons, or the suggestions under "nothing matches". */
function showResults(text: string, found: LookupAnswer['lookup']) {
  const list = $('results');
  list.textContent = '';
  const shown = found.matches.length > 0 ? found.matches : found.suggestions;
  if (found.matches.length === 0) {
    const note = document.createElement('li');
    note.className = 'none';
    note.dataset.testid = 'results-none';
    note.textContent = shown.length > 0 ? t('search.suggestions', { text }) : t('search.none', { text });
    list.append(note);
  }
  for (const item of shown) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.testid = 'result';
    button.dataset.kind = item.kind;
    button.dataset.key = item.key;
    const where = item.detail.parent && item.kind === 'REGION' ? ` · ${titleCase(item.detail.parent.name)}` : '';
    button.textContent = `${matchLabel(item)}${where} · ${item.key}`;
    button.addEventListener('click', () => {
      publish({ focus: [{ kind: item.kind, key: item.key }] });
      setFocusText(() => t('focus.chosen', { name: matchLabel(item), key: item.key }));
      $<HTMLInputElement>('view-network').checked = true;
      void draw();
    });
    li.append(button);
    list.append(li);
  }
}

/**
 * The theme and region boxes take a name ("kemiskinan", "Kab. Nunukan") or a key: the lookup
 * turns it into the key the API wants, and the hint beside the box says what it understood.
 * Nothing matching stops the draw with the suggestions.
 */
async function resolveBox(id: 'theme' | 'region', kind: Kind): Promise<string | undefined> {
  const text = optionalText(id);
  const hint = $(`${id}-resolved`);
  if (!text) {
    hint.textContent = '';
    return undefined;
  }
  const found = await lookup(text, [kind], 5);
  const best = found.matches[0];
  if (!best) {
    const ideas = found.suggestions.map(matchLabel).join(', ');
    hint.textContent = '';
    const what = enumLabel('NodeKind', kind).toLowerCase();
    throw new Error(ideas ? t('box.suggestions', { kind: what, text, ideas }) : t('box.none', { kind: what, text }));
  }
  hint.textContent = `→ ${matchLabel(best)} (${best.key})`;
  return best.key;
}

// ---- filters ------------------------------------------------------------------------------

const ticked = (containerId: string) =>
  [...$(containerId).querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);

const optionalNumber = (id: string) => {
  const value = $<HTMLInputElement>(id).value.trim();
  return value === '' ? undefined : Number(value);
};
const optionalText = (id: string) => $<HTMLInputElement>(id).value.trim() || undefined;

function networkFilter(theme: string | undefined, region: string | undefined) {
  const nodeKinds = ticked('node-kinds');
  const edgeTypes = ticked('edge-types');
  const filter: Record<string, unknown> = {
    nodeKinds: nodeKinds.length ? nodeKinds : undefined,
    edgeTypes: edgeTypes.length ? edgeTypes : undefined,
    theme,
    region,
    fromYear: optionalNumber('from-year'),
    toYear: optionalNumber('to-year'),
  };
  for (const name of Object.keys(filter)) if (filter[name] === undefined) delete filter[name];
  return Object.keys(filter).length ? filter : undefined;
}

async function fillChecks(containerId: string, enumName: string, skip: string[] = []) {
  const container = $(containerId);
  try {
    const data = await graphql<{ type: { enumValues: Array<{ name: string }> } | null }>(
      'query ExplorerEnum($name: String!) { type: __type(name: $name) { enumValues { name } } }', { name: enumName },
    );
    container.textContent = '';
    for (const { name } of data.type?.enumValues ?? []) {
      if (skip.includes(name)) continue;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = name;
      box.dataset.testid = `${containerId}-${name}`;
      const text = document.createElement('span');
      text.dataset.enum = enumName;
      text.dataset.value = name;
      text.textContent = enumLabel(enumName, name);
      label.title = name;
      label.append(box, ' ', text);
      container.append(label);
    }
    const hint = document.createElement('small');
    hint.dataset.i18n = 'checks.hint';
    hint.textContent = t('checks.hint');
    container.append(hint);
  } catch (error) {
    const message = (error as Error).message;
    container.textContent = t('checks.failed', { what: enumName, message });
  }
}

function relabelChecks() {
  for (const text of document.querySelectorAll<HTMLElement>('.checks span[data-enum]')) text.textContent = enumLabel(text.dataset.enum ?? '', text.dataset.value ?? '');
}

// ---- drawing ------------------------------------------------------------------------------

function colourOf(node: ViewNode, by: string): string {
  if (by === 'helix') {
    const helix = node.kind === 'AGENCY' ? 'GOVERNMENT' : node.kind === 'PARTNER' ? String(node.properties.helix ?? 'not an actor') : 'not an actor';
    return HELIX_COLOURS[helix] ?? '#c7c7c7';
  }
  if (by === 'community') return COMMUNITY_COLOURS[Math.abs(node.metrics.community) % COMMUNITY_COLOURS.length] ?? '#7f7f7f';
  return KIND_COLOURS[node.kind] ?? '#7f7f7f';
}

function legend(by: string, nodes: ViewNode[]) {
  const entries: Array<[string, string]> = [];
  if (by === 'helix') {
    entries.push(...Object.entries(HELIX_COLOURS).map(([strand, colour]): [string, string] => [strand === 'not an actor' ? t('legend.notActor') : enumLabel('Strand', strand), colour]));
  } else if (by === 'community') {
    for (const c of [...new Set(nodes.map((n) => n.metrics.community))].sort((a, b) => a - b)) entries.push([t('legend.community', { n: fmt.number(c) }), COMMUNITY_COLOURS[Math.abs(c) % COMMUNITY_COLOURS.length] ?? '#7f7f7f']);
  } else {
    const present = new Set(nodes.map((n) => n.kind));
    entries.push(...(Object.entries(KIND_COLOURS) as Array<[Kind, string]>).filter(([kind]) => present.size === 0 || present.has(kind)).map(([kind, colour]): [string, string] => [enumLabel('NodeKind', kind), colour]));
  }
  const legendBox = $('legend');
  legendBox.textContent = '';
  for (const [name, colour] of entries) {
    const entry = document.createElement('span');
    const dot = document.createElement('i');
    dot.style.background = colour;
    entry.append(dot, name);
    legendBox.append(entry);
  }
}

function styleNodes() {
  if (!cy || !current) return;
  const colourBy = $<HTMLSelectElement>('color-by').value;
  const sizeBy = $<HTMLSelectElement>('size-by').value as 'degree' | 'weightedDegree' | 'betweenness';
  const max = Math.max(...current.nodes.map((n) => n.metrics[sizeBy]), 0);
  cy.batch(() => {
    for (const node of current?.nodes ?? []) {
      const size = max > 0 ? 18 + 42 * (node.metrics[sizeBy] / max) : 24;
      cy?.getElementById(node.id).style({ 'background-color': colourOf(node, colourBy), width: size, height: size });
    }
  });
  legend(colourBy, current.nodes);
}

function runLayout() {
  if (!cy) return;
  const name = $<HTMLSelectElement>('layout').value;
  const layout = name === 'concentric'
    ? { name: 'concentric', concentric: (n: cytoscape.NodeSingular) => 10 - Number(n.data('distance') ?? 0), levelWidth: () => 1, minNodeSpacing: 40, avoidOverlap: true, animate: false }
    : { name: 'cose', animate: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 80, randomize: true };
  cy.layout(layout as cytoscape.LayoutOptions).run();
}

function render(view: View) {
  current = view;
  selectedNode = null;
  showNoDetails();
  const elements: ElementDefinition[] = [
    ...view.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: nodeName(n.kind, n.label), kind: n.kind, distance: n.distance } })),
    ...view.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight } })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container: $('graph'),
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '120px', 'border-width': 1, 'border-color': '#fff', 'min-zoomed-font-size': 12 } },
      // The focus: its whole name on up to two lines, on a white band so edges do not cross it.
      { selector: 'node[distance = 0]', style: { 'border-width': 3, 'border-color': '#111', 'font-size': 14, 'font-weight': 'bold', 'min-zoomed-font-size': 0, 'text-wrap': 'wrap', 'text-max-width': '220px', 'text-margin-y': 6, 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'text-background-padding': '2px', 'text-background-shape': 'roundrectangle', 'z-index': 10 } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1, 8)', 'line-color': '#b8c4cc', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#b8c4cc', 'arrow-scale': 0.7 } },
      { selector: 'edge[type = "COLLABORATES_WITH"]', style: { 'target-arrow-shape': 'none', 'line-color': '#6b8fb5', label: 'data(weight)', 'font-size': 9 } },
      { selector: ':selected', style: { 'border-color': '#f5b700', 'border-width': 4 } },
    ],
    maxZoom: 1.5,
  });
  window.explorerCy = cy;
  cy.on('tap', 'node', (event) => showDetails(String(event.target.id())));
  styleNodes();
  runLayout();
  updateDownloads(view.selection);
}

const escapeHtml = (value: unknown) => String(typeof value === 'object' && value !== null ? JSON.stringify(value) : value)
  .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Which enum a node's property holds, to show its label: an agency's `kind` is an AgencyKind. */
const PROPERTY_ENUMS: Partial<Record<Kind, Record<string, string>>> = {
  AGENCY: { kind: 'AgencyKind', level: 'GovernmentLevel' },
  PROGRAM: { status: 'ProgramStatus', track: 'ProgramTrack' },
  REGION: { level: 'RegionLevel' },
  PARTNER: { helix: 'Helix' },
  REGULATION: { kind: 'RegulationKind' },
  FORUM: { kind: 'ForumKind' },
  INDICATOR: { direction: 'IndicatorDirection' },
};

/** A stored property's name in the page's words, or as stored when the catalogue has none. */
function propertyName(name: string): string {
  const label = message('explorer', `prop.${name}`);
  return label === `explorer.prop.${name}` ? name : label;
}

function propertyValue(kind: Kind, name: string, value: unknown): unknown {
  const enumName = PROPERTY_ENUMS[kind]?.[name];
  if (enumName && typeof value === 'string') return enumLabel(enumName, value);
  if (kind === 'REGION' && name === 'name' && typeof value === 'string') return titleCase(value);
  if (typeof value === 'boolean') return value ? t('value.yes') : t('value.no');
  if (typeof value === 'number') return /year$/i.test(name) ? fmt.year(value) : fmt.number(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value;
}

function showNoDetails() {
  $('details').innerHTML = `<h2>${escapeHtml(t('details.heading'))}</h2><p>${escapeHtml(t('details.empty'))}</p>`;
}

function showDetails(id: string) {
  const node = current?.nodes.find((n) => n.id === id);
  const panel = $('details');
  if (!node) return;
  selectedNode = id;
  // The metric rows in the page's words and number format; the node's own properties as stored.
  const rows: Array<[string, unknown]> = [
    [t('details.kind'), enumLabel('NodeKind', node.kind)], [t('details.key'), node.key], [t('details.distance'), fmt.number(node.distance)],
    [t('details.degree'), fmt.number(node.metrics.degree)], [t('details.weightedDegree'), fmt.number(node.metrics.weightedDegree)],
    [t('details.betweenness'), fmt.number(node.metrics.betweenness, 4)], [t('details.community'), fmt.number(node.metrics.community)],
    ...Object.entries(node.properties).map(([name, value]): [string, unknown] => [propertyName(name), propertyValue(node.kind, name, value)]),
  ];
  panel.innerHTML = `<h2>${escapeHtml(t('details.heading'))}</h2><h3 data-testid="details-label">${escapeHtml(nodeName(node.kind, node.label))}</h3><table data-testid="details-table">${rows.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
}

function updateDownloads(selection: unknown) {
  for (const link of $('downloads').querySelectorAll<HTMLAnchorElement>('a')) {
    if (selection === null || selection === undefined) {
      link.removeAttribute('href');
      link.classList.add('disabled');
    } else {
      link.href = `/export?format=${encodeURIComponent(link.dataset.format ?? '')}&selection=${encodeURIComponent(JSON.stringify(selection))}`;
      link.classList.remove('disabled');
    }
  }
}

/**
 * Fetches the export first so that a refusal (400 with {error}) is shown on the page instead of
 * a silently cancelled download; a view is at most 2000 nodes, so holding the file is cheap.
 */
async function download(link: HTMLAnchorElement) {
  const format = link.dataset.format ?? '';
  publish({ download: 'loading', downloadError: null });
  try {
    const response = await fetch(link.href);
    if (!response.ok) {
      const text = await response.text();
      let message = `HTTP ${response.status}`;
      try {
        const body = JSON.parse(text) as { error?: { message?: string; field?: string } };
        if (body.error?.message) message = body.error.message;
      } catch {
        if (text) message += `: ${text.slice(0, 200)}`;
      }
      throw new Error(message);
    }
    const blob = await response.blob();
    const disposition = response.headers.get('content-disposition') ?? '';
    const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? `network.${format}`;
    const url = URL.createObjectURL(blob);
    const save = document.createElement('a');
    save.href = url;
    save.download = decodeURIComponent(name);
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    publish({ download: 'done', downloadError: null });
  } catch (error) {
    const message = (error as Error).message;
    setStatus(() => t('download.failed', { format: downloadName(format), message }), 'error');
    publish({ download: 'error', downloadError: message });
  }
}

let drawSeq = 0;
async function draw() {
  const collaboration = $<HTMLInputElement>('view-collaboration').checked;
  const limit = optionalNumber('limit');
  if (!collaboration && state.focus.length === 0) {
    setStatus(() => t('status.noFocus'), 'error');
    publish({ status: 'error', error: 'no focus' });
    return;
  }
  const seq = ++drawSeq;
  publish({ status: 'loading', view: collaboration ? 'collaboration' : 'network', error: null });
  setStatus(() => t('status.loading'), 'loading');
  updateDownloads(null);
  try {
    let view: View;
    const theme = await resolveBox('theme', 'THEME');
    const region = await resolveBox('region', 'REGION');
    if (collaboration) {
      const data = await graphql<{ collaborationNetwork: View }>(COLLABORATION_QUERY, {
        theme, region, minWeight: optionalNumber('min-weight') ?? 1, limit,
      });
      view = data.collaborationNetwork;
    } else {
      const data = await graphql<{ network: View }>(NETWORK_QUERY, {
        focus: state.focus, depth: Number($<HTMLSelectElement>('depth').value), filter: networkFilter(theme, region), limit,
      });
      view = data.network;
    }
    if (seq !== drawSeq) return;
    render(view);
    const focus = [...state.focus];
    setStatus(() => t('status.drawn', {
      what: collaboration ? t('status.collaboration') : t('status.network', { focus: focus.map((f) => `${enumLabel('NodeKind', f.kind).toLowerCase()} ${f.key}`).join(', ') }),
      nodes: fmt.number(view.nodes.length), nodeCount: view.nodes.length,
      edges: fmt.number(view.edges.length), edgeCount: view.edges.length,
      truncated: view.truncated ? t('status.truncated') : '',
    }));
    publish({ status: 'drawn', nodes: view.nodes.length, edges: view.edges.length, truncated: view.truncated });
  } catch (error) {
    if (seq !== drawSeq) return;
    const message = (error as Error).message;
    cy?.destroy();
    cy = null;
    current = null;
    selectedNode = null;
    showNoDetails();
    setStatus(() => t('status.drawFailed', { message }), 'error');
    publish({ status: 'error', error: message, nodes: 0, edges: 0, truncated: false });
  }
}

// ---- wiring -------------------------------------------------------------------------------

const downloadName = (format: string) => (EXPORT_FORMATS as readonly string[]).includes(format) ? t(`download.${format as ExportFormat}`) : format;
type ExportFormat = typeof EXPORT_FORMATS[number];

function relabelDownloads() {
  for (const link of $('downloads').querySelectorAll<HTMLAnchorElement>('a')) {
    const format = link.dataset.format ?? '';
    link.textContent = downloadName(format);
    link.title = t('download.title', { format: downloadName(format) });
  }
}

function setup() {
  applyStaticLabels();
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
    button.addEventListener('click', () => setLang(button.dataset.lang as Lang));
  }
  setStatus(() => t('status.start'));
  setFocusText(() => t('focus.none'));
  showNoDetails();
  const downloads = $('downloads');
  for (const format of EXPORT_FORMATS) {
    const link = document.createElement('a');
    link.id = `download-${format.replace('.', '-')}`;
    link.dataset.testid = `download-${format}`;
    link.dataset.format = format;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (link.href) void download(link);
    });
    downloads.append(link);
  }
  relabelDownloads();
  updateDownloads(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  $('search').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(), 200);
  });
  $('search-kind').addEventListener('change', () => void runSearch());
  $('draw').addEventListener('click', () => void draw());
  $('view-collaboration').addEventListener('change', () => void draw());
  $('view-network').addEventListener('change', () => { if (state.focus.length) void draw(); });
  $('depth').addEventListener('change', () => { if (state.focus.length && state.view === 'network') void draw(); });
  $('color-by').addEventListener('change', styleNodes);
  $('size-by').addEventListener('change', styleNodes);
  $('layout').addEventListener('change', runLayout);
  legend('kind', []);
  void fillChecks('node-kinds', 'NodeKind');
  void fillChecks('edge-types', 'EdgeType', ['COLLABORATES_WITH']);
  publish({ status: 'idle' });
}

setup();
