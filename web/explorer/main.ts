// The network explorer: bundled by scripts/build-web.mjs, served at /explorer (docs/explorer.md).
// It asks this server's /graphql for a network view (or the agency collaboration view), draws it
// (render.ts), labels it so that nodes can be told apart (labels.ts), filters programs by a year
// range (years.ts), expands a node's neighbours on double-click, finds a name in the drawing,
// keeps the view in the URL (urlState.ts) and links each export format to /export.
// Tests read window.explorerState, updated after each change.
import type { Lang } from '../app/i18n/define.js';
import { enumValues, fetchCollaboration, fetchNetwork, lookup, type LookupAnswer, type LookupMatch } from './api.js';
import { communityColours, HELIX_COLOURS, helixOf, KIND_COLOURS, OTHER_COLOUR } from './colours.js';
import { showDetails, showNoDetails } from './details.js';
import { createDownloadLinks, download, downloadName, relabelDownloads, selectionWithYears, updateDownloads } from './downloads.js';
import { findInView } from './find.js';
import { $, applyStaticLabels, currentLang, enumLabel, format, switchLang, t } from './i18n.js';
import { distinctLabels, fullName } from './labels.js';
import { edgeLegend, edgeText, nodeLegend } from './legend.js';
import { BIG_VIEW } from './bigLayout.js';
import type { Drawing, NodeData } from './drawing.js';
import { CytoscapeDrawing } from './render.js';
import { SigmaDrawing } from './sigmaRender.js';
import { matchLabel, resolveBox, showResults } from './search.js';
import type { ExplorerState, Focus, Kind, View, ViewNode } from './types.js';
import { formatUrlState, parseUrlState, type ColourBy, type LayoutName, type SizeBy, type UrlState } from './urlState.js';
import { hiddenByYears, yearBounds } from './years.js';
import './style.css';

declare global {
  interface Window { explorerState: ExplorerState; explorerCy?: CytoscapeDrawing['cy']; explorerSigma?: SigmaDrawing['sigma'] }
}

const state: ExplorerState = {
  nodes: 0, edges: 0, focus: [], view: 'network', status: 'idle', truncated: false, error: null, download: 'none', downloadError: null,
  labelled: 0, hiddenByYears: 0, expanded: [], found: null, url: window.location.search, renderer: null,
};
window.explorerState = { ...state };

let current: View | null = null;
let graph: Drawing | null = null;
let labels = new Map<string, string>();
let focusIds = new Set<string>();
let selectedNode: string | null = null;
/** The year range shown by the slider; undefined = open at that end. */
let years: { from?: number; to?: number } = {};
/** What the page shows, as functions of the language, so that a switch re-renders them. */
let statusText: () => string = () => t('status.start');
let focusText: () => string = () => t('focus.none');
let lastSearch: { text: string; found: LookupAnswer } | null = null;

function publish(patch: Partial<ExplorerState>) {
  Object.assign(state, patch);
  window.explorerState = { ...state, focus: [...state.focus], expanded: [...state.expanded] };
  document.body.dataset.status = state.status;
}

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

const colourBy = () => $<HTMLSelectElement>('color-by').value as ColourBy;
const sizeBy = () => $<HTMLSelectElement>('size-by').value as SizeBy;
const layoutName = () => $<HTMLSelectElement>('layout').value as LayoutName;
const isCollaboration = () => $<HTMLInputElement>('view-collaboration').checked;
const whole = (id: string, fallback: number) => {
  const value = Number($<HTMLInputElement | HTMLSelectElement>(id).value);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};

// ---- the URL ------------------------------------------------------------------------------

function urlState(): UrlState {
  return {
    view: isCollaboration() ? 'collaboration' : 'network',
    focus: state.focus,
    depth: whole('depth', 2),
    limit: whole('limit', 300),
    theme: $<HTMLInputElement>('theme').value.trim(),
    region: $<HTMLInputElement>('region').value.trim(),
    minWeight: whole('min-weight', 1),
    ...(years.from !== undefined ? { from: years.from } : {}),
    ...(years.to !== undefined ? { to: years.to } : {}),
    colour: colourBy(),
    size: sizeBy(),
    layout: layoutName(),
    lang: currentLang(),
    expand: state.expanded,
    kinds: ticked('node-kinds') as Kind[],
    types: ticked('edge-types'),
  };
}

function writeUrl() {
  const search = formatUrlState(urlState());
  history.replaceState(null, '', `${window.location.pathname}${search}`);
  publish({ url: search });
}

function applyUrlState(url: UrlState) {
  $<HTMLInputElement>(url.view === 'collaboration' ? 'view-collaboration' : 'view-network').checked = true;
  $<HTMLSelectElement>('depth').value = String(url.depth);
  $<HTMLInputElement>('limit').value = String(url.limit);
  $<HTMLInputElement>('theme').value = url.theme;
  $<HTMLInputElement>('region').value = url.region;
  $<HTMLInputElement>('min-weight').value = String(url.minWeight);
  $<HTMLSelectElement>('color-by').value = url.colour;
  $<HTMLSelectElement>('size-by').value = url.size;
  $<HTMLSelectElement>('layout').value = url.layout;
  years = { ...(url.from !== undefined ? { from: url.from } : {}), ...(url.to !== undefined ? { to: url.to } : {}) };
  publish({ focus: url.focus });
  if (url.focus.length) setFocusText(() => t('focus.chosen', { name: url.focus.map((f) => f.key).join(', '), key: url.focus.map((f) => enumLabel('NodeKind', f.kind).toLowerCase()).join(', ') }));
}

// ---- language -----------------------------------------------------------------------------

function setLang(next: Lang) {
  if (!switchLang(next)) return;
  applyStaticLabels();
  $('status').textContent = statusText();
  $('focus').textContent = focusText();
  if (lastSearch) showResults(lastSearch.text, lastSearch.found, pick);
  for (const text of document.querySelectorAll<HTMLElement>('.checks span[data-enum]')) text.textContent = enumLabel(text.dataset.enum ?? '', text.dataset.value ?? '');
  relabelDownloads();
  showYears();
  if (current) {
    graph?.setEdgeTexts((id) => { const edge = current?.edges.find((e) => e.id === id); return edge ? edgeText(edge) : ''; });
    legends();
  } else {
    nodeLegend(colourBy(), []);
  }
  if (current && selectedNode) details(selectedNode);
  else showNoDetails();
  if (current) writeUrl();
}

// ---- search -------------------------------------------------------------------------------

let searchSeq = 0;
async function runSearch() {
  const text = $<HTMLInputElement>('search').value.trim();
  const kind = $<HTMLSelectElement>('search-kind').value as Kind;
  if (text.length === 0) {
    $('results').textContent = '';
    lastSearch = null;
    return;
  }
  const seq = ++searchSeq;
  try {
    const found = await lookup(text, [kind]);
    if (seq !== searchSeq) return;
    lastSearch = { text, found };
    showResults(text, found, pick);
  } catch (error) {
    if (seq !== searchSeq) return;
    $('results').innerHTML = '';
    lastSearch = null;
    const message = (error as Error).message;
    setStatus(() => t('search.failed', { message }), 'error');
  }
}

function pick(item: LookupMatch) {
  publish({ focus: [{ kind: item.kind, key: item.key }], expanded: [] });
  setFocusText(() => t('focus.chosen', { name: matchLabel(item), key: item.key }));
  $<HTMLInputElement>('view-network').checked = true;
  years = {};
  void draw();
}

let findHits: string[] = [];
let findIndex = 0;
/** Find in the drawn graph: the best match is centred and ringed; Enter goes to the next. */
function find(next: boolean) {
  const text = $<HTMLInputElement>('find').value;
  if (!current || !graph) return;
  if (!next || findHits.length === 0) {
    findHits = findInView(text, current.nodes, (n) => [labels.get(n.id) ?? n.label, fullName(n)]).map((n) => n.id);
    findIndex = 0;
  } else {
    findIndex = (findIndex + 1) % findHits.length;
  }
  const id = findHits[findIndex];
  const note = $('find-count');
  if (!text.trim()) {
    note.textContent = '';
    graph.clearMarks();
    publish({ found: null });
    return;
  }
  note.textContent = id ? t('find.count', { n: format().number(findIndex + 1), of: format().number(findHits.length) }) : t('find.none');
  if (id) {
    graph.reveal(id);
    details(id);
  }
  publish({ found: id ?? null });
}

// ---- filters ------------------------------------------------------------------------------

const ticked = (containerId: string) =>
  [...$(containerId).querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((box) => box.value);

function networkFilter(theme: string | undefined, region: string | undefined) {
  const nodeKinds = ticked('node-kinds');
  const edgeTypes = ticked('edge-types');
  const filter: Record<string, unknown> = { nodeKinds: nodeKinds.length ? nodeKinds : undefined, edgeTypes: edgeTypes.length ? edgeTypes : undefined, theme, region };
  for (const name of Object.keys(filter)) if (filter[name] === undefined) delete filter[name];
  return Object.keys(filter).length ? filter : undefined;
}

async function fillChecks(containerId: string, enumName: string, skip: string[] = [], tick: readonly string[] = []) {
  const container = $(containerId);
  try {
    const names = await enumValues(enumName);
    container.textContent = '';
    for (const name of names) {
      if (skip.includes(name)) continue;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.value = name;
      box.checked = tick.includes(name);
      box.addEventListener('change', () => { if (current) writeUrl(); });
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

// ---- the year range -----------------------------------------------------------------------

const YEAR_FALLBACK = { min: 2015, max: 2030 };

/** Sets the slider to the drawn view's years (the range kept if it still fits). */
function setupYears() {
  const bounds = current ? yearBounds(current.nodes) : undefined;
  const from = $<HTMLInputElement>('year-from');
  const to = $<HTMLInputElement>('year-to');
  const { min, max } = bounds ?? YEAR_FALLBACK;
  for (const input of [from, to]) {
    input.min = String(min);
    input.max = String(max);
    input.disabled = !bounds;
  }
  if (years.from !== undefined && (years.from <= min || years.from > max)) delete years.from;
  if (years.to !== undefined && (years.to >= max || years.to < min)) delete years.to;
  from.value = String(years.from ?? min);
  to.value = String(years.to ?? max);
  showYears();
}

function showYears() {
  const from = $<HTMLInputElement>('year-from');
  const to = $<HTMLInputElement>('year-to');
  const fmt = format();
  $('years-shown').textContent = from.disabled ? t('years.none') : `${fmt.year(Number(from.value))}–${fmt.year(Number(to.value))}`;
}

function onYearInput(which: 'from' | 'to') {
  const from = $<HTMLInputElement>('year-from');
  const to = $<HTMLInputElement>('year-to');
  if (Number(from.value) > Number(to.value)) {
    if (which === 'from') to.value = from.value;
    else from.value = to.value;
  }
  const fromValue = Number(from.value);
  const toValue = Number(to.value);
  years = {
    ...(fromValue > Number(from.min) ? { from: fromValue } : {}),
    ...(toValue < Number(to.max) ? { to: toValue } : {}),
  };
  showYears();
  applyYears();
  writeUrl();
}

function applyYears() {
  if (!current || !graph) return;
  const hidden = hiddenByYears(current, years.from, years.to, focusIds);
  graph.hide(hidden);
  updateDownloads(selectionWithYears(current.selection, years.from, years.to));
  const programs = current.nodes.filter((n) => n.kind === 'PROGRAM');
  publish({ hiddenByYears: hidden.size, nodes: current.nodes.length - hidden.size, edges: graph.visibleEdges() });
  $('years-note').textContent = hidden.size ? t('years.hidden', { n: format().number(programs.filter((p) => hidden.has(p.id)).length), of: format().number(programs.length) }) : '';
}

// ---- drawing ------------------------------------------------------------------------------

function nodeData(node: ViewNode, maxSize: number): NodeData {
  const focus = focusIds.has(node.id);
  const size = node.metrics[sizeBy()];
  return { short: labels.get(node.id) ?? node.label, full: fullName(node), focus, priority: (focus ? 1e6 : 0) + (maxSize > 0 ? (1000 * size) / maxSize : 0) + node.metrics.degree / 1000 };
}

function look(node: ViewNode, maxSize: number, communities: Map<number, string>) {
  const by = colourBy();
  const colour = by === 'helix' ? HELIX_COLOURS[helixOf(node)] ?? OTHER_COLOUR
    : by === 'community' ? communities.get(node.metrics.community) ?? OTHER_COLOUR
      : KIND_COLOURS[node.kind] ?? OTHER_COLOUR;
  const size = maxSize > 0 ? 16 + 40 * (node.metrics[sizeBy()] / maxSize) : 22;
  return { colour, size };
}

function restyle() {
  if (!graph || !current) return;
  const byId = new Map(current.nodes.map((n) => [n.id, n]));
  const maxSize = Math.max(...current.nodes.map((n) => n.metrics[sizeBy()]), 0);
  const communities = communityColours(current.nodes).colours;
  graph.restyle((id) => { const n = byId.get(id); return n && look(n, maxSize, communities); }, (id) => { const n = byId.get(id); return n && nodeData(n, maxSize); });
  legends();
}

function legends() {
  nodeLegend(colourBy(), current?.nodes ?? []);
  edgeLegend(current?.edges ?? [], graph?.renderer === 'sigma');
}

function details(id: string) {
  const node = current?.nodes.find((n) => n.id === id);
  if (!node) return;
  selectedNode = id;
  showDetails(node, labels.get(id) ?? node.label, () => void expand(id), state.expanded.includes(id) || focusIds.has(id));
}

function render(view: View) {
  current = view;
  selectedNode = null;
  showNoDetails();
  graph?.destroy();
  const collaboration = isCollaboration();
  focusIds = new Set(collaboration ? [] : view.nodes.filter((n) => n.distance === 0).map((n) => n.id));
  labels = distinctLabels(view.nodes);
  const options = {
    container: $('graph'),
    onTap: (id: string) => details(id),
    onExpand: (id: string) => void expand(id),
    onLabelsPlaced: (count: number) => { if (count !== state.labelled) publish({ labelled: count }); },
    edgeText,
  };
  // Up to BIG_VIEW nodes Cytoscape (arrows, dashes, focus ring); above, sigma's WebGL.
  const forced = new URLSearchParams(window.location.search).get('renderer');
  if (forced === 'sigma' || (forced !== 'cytoscape' && view.nodes.length > BIG_VIEW)) {
    const drawing = new SigmaDrawing(options);
    window.explorerSigma = drawing.sigma;
    window.explorerCy = undefined;
    graph = drawing;
  } else {
    const drawing = new CytoscapeDrawing(options);
    window.explorerCy = drawing.cy;
    window.explorerSigma = undefined;
    graph = drawing;
  }
  publish({ renderer: graph.renderer });
  const maxSize = Math.max(...view.nodes.map((n) => n.metrics[sizeBy()]), 0);
  graph.add(view.nodes, view.edges, (n) => nodeData(n, maxSize), collaboration);
  restyle();
  setupYears();
  applyYears();
  graph.layout(layoutName(), distanceOf);
  if (!collaboration && focusIds.size) {
    const names = view.nodes.filter((n) => focusIds.has(n.id)).map((n) => `${fullName(n)} (${n.key})`).join(', ');
    setFocusText(() => t('focus.drawn', { names }));
  }
}

const distanceOf = (id: string) => current?.nodes.find((n) => n.id === id)?.distance ?? 0;

/**
 * Expands a node: its neighbours (network, depth 1, the same kinds and types) merged into the
 * drawn view; the nodes already drawn keep their places. Metrics of the new nodes are those of
 * the node's own neighbourhood.
 */
async function expand(id: string) {
  if (!current || !graph || state.expanded.includes(id)) return;
  const node = current.nodes.find((n) => n.id === id);
  if (!node) return;
  setStatus(() => t('expand.loading', { name: fullName(node) }), 'loading');
  try {
    const theme = await resolveBox('theme', 'THEME');
    const region = await resolveBox('region', 'REGION');
    const ego = await fetchNetwork([{ kind: node.kind, key: node.key }], 1, isCollaboration() ? undefined : networkFilter(theme, region), 300);
    mergeView(ego, node);
    publish({ expanded: [...state.expanded, id] });
    writeUrl();
    details(id);
  } catch (error) {
    const message = (error as Error).message;
    setStatus(() => t('expand.failed', { message }), 'error');
  }
}

function mergeView(ego: View, around: ViewNode) {
  if (!current || !graph) return;
  const known = new Set(current.nodes.map((n) => n.id));
  const knownEdges = new Set(current.edges.map((e) => e.id));
  const nodes = ego.nodes.filter((n) => !known.has(n.id)).map((n) => ({ ...n, distance: around.distance + 1 }));
  const edges = ego.edges.filter((e) => !knownEdges.has(e.id));
  current = { ...current, nodes: [...current.nodes, ...nodes], edges: [...current.edges, ...edges] };
  labels = distinctLabels(current.nodes);
  const maxSize = Math.max(...current.nodes.map((n) => n.metrics[sizeBy()]), 0);
  const added = graph.add(nodes, edges, (n) => nodeData(n, maxSize), isCollaboration(), around.id);
  restyle();
  setupYears();
  applyYears();
  if (added.length) graph.layout(layoutName(), distanceOf, added);
  const count = nodes.length;
  setStatus(() => t('expand.done', { name: fullName(around), n: format().number(count), count }));
}

/** A focus as the status line names it: "Kabupaten Nunukan (wilayah 65.03)", or "wilayah 65.03" when it is not drawn. */
function focusName(nodes: readonly ViewNode[], focus: Focus): string {
  const what = `${enumLabel('NodeKind', focus.kind).toLowerCase()} ${focus.key}`;
  const node = nodes.find((n) => n.kind === focus.kind && n.key === focus.key);
  return node ? `${fullName(node)} (${what})` : what;
}

let drawSeq = 0;
async function draw(restoreExpanded: string[] = []) {
  const collaboration = isCollaboration();
  const limit = whole('limit', 300);
  if (!collaboration && state.focus.length === 0) {
    setStatus(() => t('status.noFocus'), 'error');
    publish({ status: 'error', error: 'no focus' });
    return;
  }
  const seq = ++drawSeq;
  publish({ status: 'loading', view: collaboration ? 'collaboration' : 'network', error: null, expanded: [], found: null });
  setStatus(() => t('status.loading'), 'loading');
  updateDownloads(null);
  try {
    const theme = await resolveBox('theme', 'THEME');
    const region = await resolveBox('region', 'REGION');
    const view = collaboration
      ? await fetchCollaboration({ theme, region, minWeight: whole('min-weight', 1), limit })
      : await fetchNetwork(state.focus, whole('depth', 2), networkFilter(theme, region), limit);
    if (seq !== drawSeq) return;
    render(view);
    const focus: Focus[] = [...state.focus];
    const drawnStatus = () => t('status.drawn', {
      what: collaboration ? t('status.collaboration') : t('status.network', { focus: focus.map((f) => focusName(view.nodes, f)).join(', ') }),
      nodes: format().number(current?.nodes.length ?? 0), nodeCount: current?.nodes.length ?? 0,
      edges: format().number(current?.edges.length ?? 0), edgeCount: current?.edges.length ?? 0,
      truncated: view.truncated ? t('status.truncated') : '',
    });
    setStatus(drawnStatus);
    publish({ status: 'drawn', truncated: view.truncated });
    applyYears();
    for (const id of restoreExpanded) {
      if (seq !== drawSeq) return;
      await expand(id);
    }
    if (restoreExpanded.length) setStatus(drawnStatus);
    writeUrl();
  } catch (error) {
    if (seq !== drawSeq) return;
    const message = (error as Error).message;
    graph?.destroy();
    graph = null;
    current = null;
    selectedNode = null;
    showNoDetails();
    setStatus(() => t('status.drawFailed', { message }), 'error');
    publish({ status: 'error', error: message, nodes: 0, edges: 0, truncated: false });
  }
}

async function onDownload(link: HTMLAnchorElement) {
  const format = link.dataset.format ?? '';
  publish({ download: 'loading', downloadError: null });
  try {
    await download(link);
    publish({ download: 'done', downloadError: null });
  } catch (error) {
    const message = (error as Error).message;
    setStatus(() => t('download.failed', { format: downloadName(format), message }), 'error');
    publish({ download: 'error', downloadError: message });
  }
}

// ---- wiring -------------------------------------------------------------------------------

function onKey(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  if (target.closest('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey || !graph) return;
  if (event.key === 'f') graph.fit();
  else if (event.key === '+' || event.key === '=') graph.zoomBy(1.25);
  else if (event.key === '-') graph.zoomBy(1 / 1.25);
  else if (event.key === '/') {
    event.preventDefault();
    $('find').focus();
  } else if (event.key === 'Escape') {
    graph.clearMarks();
    publish({ found: null });
  } else if (event.key === 'e' && selectedNode) void expand(selectedNode);
  else return;
  graph.placeLabels();
}

function setup() {
  const fromUrl = parseUrlState(window.location.search);
  applyStaticLabels();
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang-switch button')) {
    button.addEventListener('click', () => setLang(button.dataset.lang as Lang));
  }
  setStatus(() => t('status.start'));
  setFocusText(() => t('focus.none'));
  showNoDetails();
  createDownloadLinks((link) => void onDownload(link));
  let timer: ReturnType<typeof setTimeout> | undefined;
  $('search').addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(), 200);
  });
  $('search-kind').addEventListener('change', () => void runSearch());
  $('draw').addEventListener('click', () => void draw());
  $('view-collaboration').addEventListener('change', () => void draw());
  $('view-network').addEventListener('change', () => { if (state.focus.length) void draw(); });
  $('depth').addEventListener('change', () => { if (state.focus.length && !isCollaboration()) void draw(); });
  for (const id of ['color-by', 'size-by']) $(id).addEventListener('change', () => { restyle(); writeUrl(); });
  $('layout').addEventListener('change', () => { graph?.layout(layoutName(), distanceOf); writeUrl(); });
  $('year-from').addEventListener('input', () => onYearInput('from'));
  $('year-to').addEventListener('input', () => onYearInput('to'));
  $('fit').addEventListener('click', () => graph?.fit());
  let findTimer: ReturnType<typeof setTimeout> | undefined;
  $('find').addEventListener('input', () => {
    clearTimeout(findTimer);
    findTimer = setTimeout(() => find(false), 150);
  });
  $('find').addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find(true);
    }
  });
  document.addEventListener('keydown', onKey);
  // The graph's box changes when a toolbar wraps (the years note) or the window is resized.
  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => graph?.resized(), 100);
  }).observe($('graph'));
  setupYears();
  nodeLegend(colourBy(), []);
  applyUrlState(fromUrl);
  // The filter's boxes come from the schema; a link's kinds and types are ticked once they are there.
  void Promise.all([fillChecks('node-kinds', 'NodeKind', [], fromUrl.kinds), fillChecks('edge-types', 'EdgeType', ['COLLABORATES_WITH'], fromUrl.types)]).then(() => {
    publish({ status: 'idle' });
    if (fromUrl.view === 'collaboration' || fromUrl.focus.length) void draw(fromUrl.expand);
  });
}

setup();
