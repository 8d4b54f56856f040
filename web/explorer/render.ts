// Draws a view with Cytoscape.js, tuned for 2,000 nodes (textures while panning and zooming,
// edges hidden then, pixel ratio 1), and places labels so that they never pile up: after each
// pan or zoom, the visible nodes are labelled in order of importance (focus first, then size)
// as long as their label box overlaps none already placed. Hover shows the full name and the
// roles on the node's edges.
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { BIG_VIEW, forceLayout, type Positions } from './bigLayout.js';
import { edgeStyle } from './colours.js';
import type { Drawing, DrawingOptions, NodeData, NodeLook } from './drawing.js';
import type { View, ViewEdge, ViewNode } from './types.js';

/** A label's height on screen, and the width of one character (system-ui 12px, generous). */
const FONT_PX = 12;
const CHAR_PX = 6.6;
const LINE_PX = 16;
/** At most this many labels at once, however far one zooms in. */
export const MAX_LABELS = 80;
/** A hovered node's edges show their type and role when it has at most this many. */
const HOVER_EDGE_TEXTS = 30;

export class CytoscapeDrawing implements Drawing {
  readonly renderer = 'cytoscape' as const;
  readonly cy: Core;
  private labelled = new Set<string>();
  private placeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly options: DrawingOptions) {
    this.cy = cytoscape({
      container: options.container,
      elements: [],
      style: STYLE,
      maxZoom: 3,
      minZoom: 0.02,
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
      wheelSensitivity: 0.4,
    } as cytoscape.CytoscapeOptions);
    this.cy.on('tap', 'node', (event) => options.onTap(String(event.target.id())));
    this.cy.on('dbltap', 'node', (event) => options.onExpand(String(event.target.id())));
    this.cy.on('mouseover', 'node', (event) => this.hover(event.target as NodeSingular, true));
    this.cy.on('mouseout', 'node', (event) => this.hover(event.target as NodeSingular, false));
    this.cy.on('mouseover', 'edge', (event) => { event.target.addClass('near'); });
    this.cy.on('mouseout', 'edge', (event) => { event.target.removeClass('near'); });
    this.cy.on('viewport resize', () => this.schedulePlacing());
  }

  /** Adds nodes and edges (ids already drawn are skipped); new nodes start at `near` when given. */
  add(nodes: readonly ViewNode[], edges: readonly ViewEdge[], data: (node: ViewNode) => NodeData, collaboration: boolean, near?: string) {
    const origin = near ? this.cy.getElementById(near) : undefined;
    const at = origin && origin.nonempty() ? origin.position() : undefined;
    // New nodes start on a ring around the expanded node, then the layout settles them.
    const fresh = nodes.filter((n) => this.cy.getElementById(n.id).empty()).length;
    const radius = 90 + 6 * fresh;
    let placed = 0;
    const elements: ElementDefinition[] = [];
    for (const node of nodes) {
      if (this.cy.getElementById(node.id).nonempty()) continue;
      const d = data(node);
      elements.push({
        group: 'nodes',
        data: { id: node.id, kind: node.kind, short: d.short, full: d.full, priority: d.priority },
        classes: d.focus ? 'focus' : '',
        ...(at ? { position: { x: at.x + radius * Math.cos((2 * Math.PI * placed) / fresh), y: at.y + radius * Math.sin((2 * Math.PI * placed++) / fresh) } } : {}),
      });
    }
    for (const edge of edges) {
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      const look = edgeStyle(edge.type);
      const undirected = collaboration || edge.type === 'COLLABORATES_WITH';
      const big = this.cy.nodes().length + nodes.length > BIG_VIEW;
      elements.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type, weight: edge.weight, colour: look.colour, line: look.line, text: this.options.edgeText(edge) },
        // Big views draw every edge as a plain straight line (haystack): arrows and dashes cost
        // too much at 2,000 nodes; the direction is in the hover text and the details.
        classes: [undirected ? 'undirected' : big ? 'fast' : 'directed', edge.role === 'LEAD' ? 'lead' : ''].join(' ').trim(),
      });
    }
    this.cy.add(elements);
    return elements.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
  }

  /** Colours and sizes, and the labels' texts (after a language switch or a new view). */
  restyle(look: (id: string) => NodeLook | undefined, data?: (id: string) => NodeData | undefined) {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const l = look(node.id());
        if (l) node.style({ 'background-color': l.colour, width: l.size, height: l.size });
        const d = data?.(node.id());
        if (d) node.data({ short: d.short, full: d.full, priority: d.priority });
      });
    });
    this.schedulePlacing();
  }

  setEdgeTexts(text: (id: string) => string) {
    this.cy.batch(() => this.cy.edges().forEach((edge) => { edge.data('text', text(edge.id())); }));
  }

  /** Hides these nodes (and their edges); shows every other. */
  hide(ids: ReadonlySet<string>) {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        if (ids.has(node.id())) node.addClass('hidden');
        else node.removeClass('hidden');
      });
    });
    this.schedulePlacing();
  }

  layout(name: 'cose' | 'concentric', distance: (id: string) => number, only?: readonly string[]) {
    const big = this.cy.nodes().length > BIG_VIEW;
    if (big && name === 'cose') {
      const fresh = new Set(only ?? []);
      const start: Positions = {};
      const fixed = new Set<string>();
      if (fresh.size) {
        this.cy.nodes().forEach((node) => {
          const p = node.position();
          start[node.id()] = { x: p.x / 6, y: p.y / 6 };
          if (!fresh.has(node.id())) fixed.add(node.id());
        });
      }
      const positions = forceLayout(this.cy.nodes().map((n) => n.id()), this.cy.edges().map((e) => ({ source: e.source().id(), target: e.target().id(), weight: Number(e.data('weight')) || 1 })), start, fixed);
      this.cy.layout({ name: 'preset', positions, fit: false, animate: false } as cytoscape.LayoutOptions).run();
      this.fit();
      return;
    }
    const options = name === 'concentric'
      ? { name: 'concentric', concentric: (n: NodeSingular) => 10 - distance(n.id()), levelWidth: () => 1, minNodeSpacing: big ? 4 : 30, avoidOverlap: !big, animate: false, fit: false }
      : {
        name: 'cose', animate: false, randomize: !only?.length, nodeRepulsion: () => 9000, idealEdgeLength: () => 70,
        numIter: 1000, nodeOverlap: 8, gravity: 0.4, componentSpacing: 60, fit: false,
      };
    // After an expansion cose starts from where the nodes are (no new random start), so the
    // nodes already drawn stay roughly in place while the new ones find room among them.
    this.cy.layout(options as cytoscape.LayoutOptions).run();
    this.fit();
  }

  resized() {
    this.cy.resize();
    this.fit();
  }

  fit() {
    this.cy.fit(this.cy.nodes(':visible'), 28);
    this.placeLabels();
  }

  /** Centres on a node, marks it found, selects it. */
  reveal(id: string) {
    const node = this.cy.getElementById(id);
    if (node.empty()) return false;
    this.cy.nodes('.found').removeClass('found');
    node.addClass('found');
    this.cy.$(':selected').unselect();
    node.select();
    this.cy.zoom({ level: Math.max(this.cy.zoom(), 1), renderedPosition: node.renderedPosition() });
    this.cy.center(node);
    this.placeLabels();
    return true;
  }

  visibleEdges() {
    return this.cy.edges(':visible').length;
  }

  zoomBy(factor: number) {
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } });
  }

  clearMarks() {
    this.cy.nodes('.found').removeClass('found');
    this.cy.$(':selected').unselect();
  }

  labelledCount() {
    return this.labelled.size;
  }

  destroy() {
    clearTimeout(this.placeTimer);
    this.cy.destroy();
  }

  /** Hover: the full name, and the edges' texts when there are few enough to read (a hub's hundreds are only highlighted). */
  private hover(node: NodeSingular, on: boolean) {
    const edges = node.connectedEdges();
    const cls = edges.length <= HOVER_EDGE_TEXTS ? 'near' : 'near-quiet';
    this.cy.batch(() => {
      if (on) {
        node.addClass('hover');
        edges.addClass(cls);
      } else {
        node.removeClass('hover');
        edges.removeClass('near near-quiet');
      }
      const zoom = this.cy.zoom();
      node.style('font-size', FONT_PX / zoom);
      if (cls === 'near') edges.style('font-size', (FONT_PX - 2) / zoom);
    });
  }

  private schedulePlacing() {
    clearTimeout(this.placeTimer);
    this.placeTimer = setTimeout(() => this.placeLabels(), 120);
  }

  /**
   * The decluttering: visible nodes by priority, each labelled if its label box (below the node,
   * at a fixed size on screen) overlaps no label placed before it and no bigger node's disc.
   * Labelled nodes are drawn above the others (z-index 5), so a smaller neighbour drawn later
   * never hides a label.
   */
  placeLabels() {
    if (this.cy.destroyed()) return;
    const zoom = this.cy.zoom();
    const width = this.cy.width();
    const height = this.cy.height();
    const candidates = this.cy.nodes(':visible').filter((node) => {
      const p = node.renderedPosition();
      return p.x > -50 && p.x < width + 50 && p.y > -20 && p.y < height + 20;
    }).sort((a, b) => Number(b.data('priority')) - Number(a.data('priority')));
    // Node discs are obstacles too, looked up through a grid of CELL px squares.
    const CELL = 48;
    const discs = new Map<string, Array<[number, number, number, string]>>();
    const cellKey = (cx: number, cy: number) => `${cx},${cy}`;
    for (const node of candidates) {
      const p = node.renderedPosition();
      const r = node.renderedWidth() / 2;
      for (let cx = Math.floor((p.x - r) / CELL); cx <= Math.floor((p.x + r) / CELL); cx++) {
        for (let cy = Math.floor((p.y - r) / CELL); cy <= Math.floor((p.y + r) / CELL); cy++) {
          const key = cellKey(cx, cy);
          const list = discs.get(key) ?? [];
          list.push([p.x, p.y, r, node.id()]);
          discs.set(key, list);
        }
      }
    }
    const hitsDisc = (box: [number, number, number, number], self: string) => {
      for (let cx = Math.floor(box[0] / CELL); cx <= Math.floor(box[2] / CELL); cx++) {
        for (let cy = Math.floor(box[1] / CELL); cy <= Math.floor(box[3] / CELL); cy++) {
          for (const [x, y, r, id] of discs.get(cellKey(cx, cy)) ?? []) {
            if (id === self) continue;
            const nx = Math.max(box[0], Math.min(x, box[2]));
            const ny = Math.max(box[1], Math.min(y, box[3]));
            if (r >= 4 && (nx - x) ** 2 + (ny - y) ** 2 < (r * 0.7) ** 2) return true;
          }
        }
      }
      return false;
    };
    type Box = [number, number, number, number];
    const boxes: Box[] = [];
    const chosen = new Set<string>();
    const where = new Map<string, Side>();
    const overlapsLabel = (box: Box) => boxes.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1]);
    let rank = 0;
    for (const node of candidates) {
      if (chosen.size >= MAX_LABELS) break;
      rank += 1;
      const p = node.renderedPosition();
      const r = node.renderedWidth() / 2;
      const w = String(node.data('short')).length * CHAR_PX + 6;
      // Below the node, else above it, else to its right or left: the first place that is free.
      const places: Array<[Box, Side]> = [
        [[p.x - w / 2, p.y + r + 1, p.x + w / 2, p.y + r + 1 + LINE_PX], 'bottom'],
        [[p.x - w / 2, p.y - r - 1 - LINE_PX, p.x + w / 2, p.y - r - 1], 'top'],
        [[p.x + r + 2, p.y - LINE_PX / 2, p.x + r + 2 + w, p.y + LINE_PX / 2], 'right'],
        [[p.x - r - 2 - w, p.y - LINE_PX / 2, p.x - r - 2, p.y + LINE_PX / 2], 'left'],
      ];
      // The focus and the few most important nodes may cover small discs; the rest may not.
      const important = node.hasClass('focus') || rank <= 6;
      const place = places.find(([box]) => box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height
        && !overlapsLabel(box) && (important || !hitsDisc(box, node.id())));
      if (!place) continue;
      boxes.push(place[0]);
      chosen.add(node.id());
      where.set(node.id(), place[1]);
    }
    this.cy.batch(() => {
      for (const id of this.labelled) if (!chosen.has(id)) this.cy.getElementById(id).removeClass('labelled');
      for (const id of chosen) {
        const node = this.cy.getElementById(id);
        node.addClass('labelled');
        const side = where.get(id);
        node.style({
          'font-size': FONT_PX / zoom, 'text-background-padding': `${1 / zoom}px`,
          'text-valign': side === 'top' ? 'top' : side === 'right' || side === 'left' ? 'center' : 'bottom',
          'text-halign': side === 'right' ? 'right' : side === 'left' ? 'left' : 'center',
          'text-margin-x': side === 'right' ? 2 / zoom : side === 'left' ? -2 / zoom : 0, 'text-margin-y': side === 'top' ? -1 / zoom : side === 'bottom' ? 1 / zoom : 0,
        });
      }
    });
    this.labelled = chosen;
    this.options.onLabelsPlaced(chosen.size);
  }
}

type Side = 'bottom' | 'top' | 'right' | 'left';

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: '', 'font-size': FONT_PX, 'text-valign': 'bottom', 'text-halign': 'center', 'border-width': 1, 'border-color': '#ffffff', 'min-zoomed-font-size': 0, color: '#1d2730' } },
  { selector: 'node.labelled', style: { label: 'data(short)', 'text-background-color': '#ffffff', 'text-background-opacity': 0.8, 'text-background-shape': 'roundrectangle', 'z-index': 5 } },
  // The focus nodes of a network view (never the nodes of the collaboration view): a dark ring, bold label.
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111111', 'font-weight': 'bold', 'z-index': 10 } },
  { selector: 'node.hover', style: { label: 'data(full)', 'text-wrap': 'wrap', 'text-max-width': '260px', 'text-background-color': '#fffbe6', 'text-background-opacity': 1, 'text-border-width': 1, 'text-border-color': '#8a7a2a', 'text-border-opacity': 1, 'z-index': 100, 'border-color': '#f5b700', 'border-width': 3 } },
  { selector: 'node.found', style: { 'border-color': '#e4007c', 'border-width': 5, 'z-index': 50 } },
  { selector: 'node:selected', style: { 'border-color': '#f5b700', 'border-width': 4 } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: 'edge', style: { width: 'mapData(weight, 1, 10, 1.2, 8)', 'line-color': 'data(colour)', 'line-style': 'data(line)' as 'solid', 'line-opacity': 0.75, 'curve-style': 'straight', 'font-size': 10, color: '#1d2730' } },
  { selector: 'edge.directed', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', 'arrow-scale': 0.8 } },
  { selector: 'edge.undirected', style: { 'target-arrow-shape': 'none', 'curve-style': 'haystack', 'haystack-radius': 0 } },
  { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'line-style': 'solid' } },
  { selector: 'edge.lead', style: { width: 3.5 } },
  { selector: 'edge.near-quiet', style: { 'line-opacity': 1, 'z-index': 90 } },
  { selector: 'edge.near', style: { label: 'data(text)', 'line-opacity': 1, 'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.9, 'z-index': 90 } },
];
