// The network explorer: bundled by scripts/build-web.mjs, served at /explorer. It asks this
// server's /graphql for a network view (or the agency collaboration view), draws it with
// Cytoscape.js and links each export format to /export with the view's selection.
// Tests read window.explorerState, updated after each draw.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
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

/** Region names come in upper case from the reference data: "KABUPATEN NUNUKAN" -> "Kabupaten Nunukan". */
const titleCase = (name: string) => (name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s(/-])(\p{L})/gu, (_m, gap: string, letter: string) => gap + letter.toUpperCase()).replace(/\bDki\b/g, 'DKI').replace(/\bDi\b(?= Yogyakarta)/g, 'DI') : name);
const matchLabel = (match: LookupMatch) => {
  const name = match.kind === 'REGION' ? titleCase(match.name) : match.name;
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
    throw new GraphQLError(`the server answered HTTP ${response.status} without JSON`);
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLError(`the server answered HTTP ${response.status} with no data`);
  return body.data;
}

function setStatus(text: string, kind: '' | 'error' | 'loading' = '') {
  const status = $('status');
  status.textContent = text;
  status.className = kind;
}

// ---- search and focus -------------------------------------------------------------------

let searchSeq = 0;
async function runSearch() {
  const text = $<HTMLInputElement>('search').value.trim();
  const kind = $<HTMLSelectElement>('search-kind').value as Kind;
  const list = $('results');
  if (text.length === 0) {
    list.textContent = '';
    return;
  }
  const seq = ++searchSeq;
  try {
    const found = await lookup(text, [kind]);
    if (seq !== searchSeq) return;
    list.textContent = '';
    const shown = found.matches.length > 0 ? found.matches : found.suggestions;
    if (found.matches.length === 0) {
      const note = document.createElement('li');
      note.className = 'none';
      note.textContent = shown.length > 0 ? `Tidak ada yang cocok dengan "${text}". Mungkin maksud Anda / did you mean:` : `Tidak ada yang cocok dengan "${text}" / nothing matches.`;
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
        $('focus').textContent = `Focus: ${matchLabel(item)} (${item.key})`;
        $<HTMLInputElement>('view-network').checked = true;
        void draw();
      });
      li.append(button);
      list.append(li);
    }
  } catch (error) {
    if (seq !== searchSeq) return;
    list.innerHTML = '';
    setStatus(`Search failed: ${(error as Error).message}`, 'error');
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
    throw new Error(`no ${kind.toLowerCase()} matches "${text}"${ideas ? `; did you mean: ${ideas}?` : ''}`);
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
      label.append(box, ` ${name}`);
      container.append(label);
    }
    const hint = document.createElement('small');
    hint.textContent = 'None ticked: the default.';
    container.append(hint);
  } catch (error) {
    container.textContent = `Could not load ${enumName}: ${(error as Error).message}`;
  }
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
  if (by === 'helix') entries.push(...Object.entries(HELIX_COLOURS));
  else if (by === 'community') {
    for (const c of [...new Set(nodes.map((n) => n.metrics.community))].sort((a, b) => a - b)) entries.push([`community ${c}`, COMMUNITY_COLOURS[Math.abs(c) % COMMUNITY_COLOURS.length] ?? '#7f7f7f']);
  } else {
    const present = new Set(nodes.map((n) => n.kind));
    entries.push(...(Object.entries(KIND_COLOURS) as Array<[Kind, string]>).filter(([kind]) => present.size === 0 || present.has(kind)));
  }
  $('legend').innerHTML = entries.map(([name, colour]) => `<span><i style="background:${colour}"></i>${name.toLowerCase()}</span>`).join('');
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
  $('details').innerHTML = '<h2>Details</h2><p>Click a node to see its properties.</p>';
  const elements: ElementDefinition[] = [
    ...view.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label, kind: n.kind, distance: n.distance } })),
    ...view.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target, type: e.type, weight: e.weight } })),
  ];
  cy?.destroy();
  cy = cytoscape({
    container: $('graph'),
    elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '120px', 'border-width': 1, 'border-color': '#fff', 'min-zoomed-font-size': 12 } },
      { selector: 'node[distance = 0]', style: { 'border-width': 3, 'border-color': '#111', 'font-size': 16, 'font-weight': 'bold', 'min-zoomed-font-size': 0 } },
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

function showDetails(id: string) {
  const node = current?.nodes.find((n) => n.id === id);
  const panel = $('details');
  if (!node) return;
  const rows: Array<[string, unknown]> = [
    ['kind', node.kind], ['key', node.key], ['hops from focus', node.distance],
    ['degree', node.metrics.degree], ['weighted degree', node.metrics.weightedDegree],
    ['betweenness', node.metrics.betweenness.toFixed(4)], ['community', node.metrics.community],
    ...Object.entries(node.properties),
  ];
  const escape = (value: unknown) => String(typeof value === 'object' && value !== null ? JSON.stringify(value) : value)
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  panel.innerHTML = `<h2>Details</h2><h3 data-testid="details-label">${escape(node.label)}</h3><table data-testid="details-table">${rows.map(([k, v]) => `<tr><td>${escape(k)}</td><td>${escape(v)}</td></tr>`).join('')}</table>`;
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
    setStatus(`Could not export ${format}: ${message}`, 'error');
    publish({ download: 'error', downloadError: message });
  }
}

let drawSeq = 0;
async function draw() {
  const collaboration = $<HTMLInputElement>('view-collaboration').checked;
  const limit = optionalNumber('limit');
  if (!collaboration && state.focus.length === 0) {
    setStatus('Pick a focus first: search, then click a result.', 'error');
    publish({ status: 'error', error: 'no focus' });
    return;
  }
  const seq = ++drawSeq;
  publish({ status: 'loading', view: collaboration ? 'collaboration' : 'network', error: null });
  setStatus('Loading…', 'loading');
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
    const what = collaboration ? 'Agency collaboration' : `Network around ${state.focus.map((f) => `${f.kind.toLowerCase()} ${f.key}`).join(', ')}`;
    setStatus(`${what}: ${view.nodes.length} nodes, ${view.edges.length} edges${view.truncated ? ' (cut short by the node limit)' : ''}.`);
    publish({ status: 'drawn', nodes: view.nodes.length, edges: view.edges.length, truncated: view.truncated });
  } catch (error) {
    if (seq !== drawSeq) return;
    const message = (error as Error).message;
    cy?.destroy();
    cy = null;
    current = null;
    setStatus(`Could not draw the network: ${message}`, 'error');
    publish({ status: 'error', error: message, nodes: 0, edges: 0, truncated: false });
  }
}

// ---- wiring -------------------------------------------------------------------------------

function setup() {
  const downloads = $('downloads');
  for (const format of EXPORT_FORMATS) {
    const link = document.createElement('a');
    link.id = `download-${format.replace('.', '-')}`;
    link.dataset.testid = `download-${format}`;
    link.dataset.format = format;
    link.textContent = format;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      if (link.href) void download(link);
    });
    downloads.append(link);
  }
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
