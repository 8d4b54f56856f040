// The WebGL renderer for big views (over BIG_VIEW nodes): sigma.js over a graphology graph.
// Pan and zoom only move sigma's camera, so frames stay short at 2,000 nodes where Cytoscape's
// canvas redrew everything (bench/explorerFrames.ts). Labels: sigma's grid keeps at most one
// label per cell, biggest node first, so they never pile up; the focus nodes always keep theirs.
// Hover shows the full name and, for up to 30 edges, each edge's type and role.
import Graph from 'graphology';
import Sigma from 'sigma';
import { forceLayout, type Positions } from './bigLayout.js';
import { edgeStyle } from './colours.js';
import type { Drawing, DrawingOptions, NodeData, NodeLook } from './drawing.js';
import type { ViewEdge, ViewNode } from './types.js';

const HOVER_EDGE_TEXTS = 30;

/** A label on a white band, so that edges under it do not hide it (sigma's own has none). */
function drawLabel(context: CanvasRenderingContext2D, data: { x: number; y: number; size: number; label: string | null }, settings: { labelSize: number; labelFont: string; labelWeight: string }) {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const x = data.x + data.size + 3;
  context.fillStyle = 'rgba(255, 255, 255, 0.85)';
  context.fillRect(x - 2, data.y - size / 2 - 2, width + 4, size + 4);
  context.fillStyle = '#1d2730';
  context.fillText(data.label, x, data.y + size / 3);
}

interface NodeAttributes { x: number; y: number; size: number; color: string; label: string; full: string; focus: boolean; priority: number; distance: number; forceLabel: boolean; zIndex: number }
interface EdgeAttributes { color: string; size: number; text: string; type: string }

export class SigmaDrawing implements Drawing {
  readonly renderer = 'sigma' as const;
  readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: true });
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  private hidden: ReadonlySet<string> = new Set();
  private hovered: string | null = null;
  private found: string | null = null;

  constructor(private readonly options: DrawingOptions) {
    this.sigma = new Sigma(this.graph, options.container, {
      defaultEdgeType: 'line',
      labelFont: 'system-ui, sans-serif',
      labelSize: 12,
      labelDensity: 0.4,
      labelGridCellSize: 140,
      defaultDrawNodeLabel: drawLabel,
      labelRenderedSizeThreshold: 5,
      // Edge labels only while a node with few edges is hovered; edges hidden while the camera moves.
      renderEdgeLabels: false,
      hideEdgesOnMove: true,
      edgeLabelSize: 10,
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      nodeReducer: (id, data) => {
        if (this.hidden.has(id)) return { ...data, hidden: true };
        if (id === this.hovered) return { ...data, label: data.full, highlighted: true, forceLabel: true, zIndex: 3 };
        if (id === this.found) return { ...data, highlighted: true, forceLabel: true, color: '#e4007c', zIndex: 2 };
        return data;
      },
      edgeReducer: (id, data) => {
        const [source, target] = this.graph.extremities(id);
        if (this.hidden.has(source) || this.hidden.has(target)) return { ...data, hidden: true };
        if (this.hovered && (source === this.hovered || target === this.hovered)) {
          const few = this.graph.degree(this.hovered) <= HOVER_EDGE_TEXTS;
          return { ...data, size: data.size + 1, zIndex: 2, ...(few ? { label: data.text, forceLabel: true } : {}) };
        }
        return { ...data, label: '' };
      },
    });
    this.sigma.on('clickNode', ({ node }) => options.onTap(node));
    this.sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      options.onExpand(event.node);
    });
    this.sigma.on('enterNode', ({ node }) => {
      this.hovered = node;
      this.sigma.setSetting('renderEdgeLabels', this.graph.degree(node) <= HOVER_EDGE_TEXTS);
    });
    this.sigma.on('leaveNode', () => {
      this.hovered = null;
      this.sigma.setSetting('renderEdgeLabels', false);
    });
    this.sigma.on('afterRender', () => options.onLabelsPlaced(this.labelledCount()));
  }

  add(nodes: readonly ViewNode[], edges: readonly ViewEdge[], data: (node: ViewNode) => NodeData, _collaboration: boolean, near?: string) {
    const at = near && this.graph.hasNode(near) ? this.graph.getNodeAttributes(near) : undefined;
    const added: string[] = [];
    for (const node of nodes) {
      if (this.graph.hasNode(node.id)) continue;
      const d = data(node);
      this.graph.addNode(node.id, {
        x: (at?.x ?? 0) + Math.random() - 0.5, y: (at?.y ?? 0) + Math.random() - 0.5, size: 5, color: '#999999',
        label: d.short, full: d.full, focus: d.focus, priority: d.priority, distance: node.distance, forceLabel: d.focus, zIndex: d.focus ? 1 : 0,
      });
      added.push(node.id);
    }
    for (const edge of edges) {
      if (this.graph.hasEdge(edge.id) || !this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
        color: edgeStyle(edge.type).colour, size: edge.role === 'LEAD' ? 2.5 : Math.min(1 + (edge.weight - 1) * 0.6, 6), text: this.options.edgeText(edge), type: 'line',
      });
    }
    return added;
  }

  restyle(look: (id: string) => NodeLook | undefined, data?: (id: string) => NodeData | undefined) {
    this.graph.forEachNode((id) => {
      const l = look(id);
      const d = data?.(id);
      this.graph.mergeNodeAttributes(id, {
        ...(l ? { color: l.colour, size: Math.max(2.5, l.size / 5) } : {}),
        ...(d ? { label: d.short, full: d.full, priority: d.priority, forceLabel: d.focus } : {}),
      });
    });
  }

  setEdgeTexts(text: (id: string) => string) {
    this.graph.forEachEdge((id) => this.graph.setEdgeAttribute(id, 'text', text(id)));
  }

  hide(ids: ReadonlySet<string>) {
    this.hidden = new Set(ids);
    this.sigma.refresh({ skipIndexation: true });
  }

  visibleEdges() {
    let count = 0;
    this.graph.forEachEdge((_id, _a, source, target) => { if (!this.hidden.has(source) && !this.hidden.has(target)) count += 1; });
    return count;
  }

  layout(name: 'cose' | 'concentric', distance: (id: string) => number, only?: readonly string[]) {
    const ids = this.graph.nodes();
    let positions: Positions;
    if (name === 'concentric') {
      positions = {};
      const rings = new Map<number, string[]>();
      for (const id of ids) rings.set(distance(id), [...(rings.get(distance(id)) ?? []), id]);
      for (const [ring, members] of rings) {
        members.sort((a, b) => this.graph.getNodeAttribute(b, 'priority') - this.graph.getNodeAttribute(a, 'priority'));
        members.forEach((id, i) => {
          const angle = (2 * Math.PI * i) / members.length;
          positions[id] = { x: ring * 300 * Math.cos(angle), y: ring * 300 * Math.sin(angle) };
        });
      }
    } else {
      const fresh = new Set(only ?? []);
      const start: Positions = {};
      const fixed = new Set<string>();
      if (fresh.size) {
        this.graph.forEachNode((id, a) => {
          start[id] = { x: a.x / 6, y: a.y / 6 };
          if (!fresh.has(id)) fixed.add(id);
        });
      }
      positions = forceLayout(ids, this.graph.mapEdges((_id, a, source, target) => ({ source, target, weight: a.size })), start, fixed);
    }
    for (const [id, p] of Object.entries(positions)) this.graph.mergeNodeAttributes(id, { x: p.x, y: -p.y });
    this.sigma.refresh();
    this.fit();
  }

  resized() {
    this.sigma.resize();
    this.sigma.refresh();
  }

  fit() {
    this.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  zoomBy(factor: number) {
    const camera = this.sigma.getCamera();
    camera.setState({ ratio: camera.getState().ratio / factor });
  }

  reveal(id: string) {
    if (!this.graph.hasNode(id)) return false;
    this.found = id;
    const at = this.sigma.getNodeDisplayData(id);
    if (at) this.sigma.getCamera().setState({ x: at.x, y: at.y, ratio: Math.min(this.sigma.getCamera().getState().ratio, 0.35) });
    this.sigma.refresh({ skipIndexation: true });
    return true;
  }

  clearMarks() {
    this.found = null;
    this.sigma.refresh({ skipIndexation: true });
  }

  placeLabels() {
    this.sigma.refresh({ skipIndexation: true });
  }

  labelledCount() {
    return (this.sigma as unknown as { displayedNodeLabels?: Set<string> }).displayedNodeLabels?.size ?? 0;
  }

  destroy() {
    this.sigma.kill();
  }
}
