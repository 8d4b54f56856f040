import type { FactSet } from './factTypes.js';
import { SeedGraph } from './seedGraph.js';

/** The article facts of data/facts as one SeedGraph: nodes with their sources, then links. */
export function factGraph(sets: readonly FactSet[]): SeedGraph {
  const graph = new SeedGraph();
  for (const set of sets) {
    for (const a of set.agencies ?? []) {
      graph.addNode('Agency', a.id, { name: a.name, acronym: a.acronym ?? null, kind: a.kind, level: a.level }, a.sources);
    }
    for (const t of set.themes ?? []) {
      graph.addNode('Theme', t.id, { name: t.name, description: t.description ?? null }, t.sources);
      if (t.parent) graph.addLink('THEME_PART_OF', t.id, t.parent, t.sources);
    }
    for (const p of set.programs ?? []) {
      graph.addNode('Program', p.id, {
        name: p.name, description: p.description ?? null, track: p.track, status: p.status,
        startYear: p.startYear ?? null, endYear: p.endYear ?? null,
      }, p.sources);
    }
    for (const f of set.forums ?? []) {
      graph.addNode('Forum', f.id, { name: f.name, kind: f.kind, year: f.year ?? null, place: f.place ?? null }, f.sources);
    }
    for (const r of set.regulations ?? []) {
      graph.addNode('Regulation', r.id, { title: r.title, kind: r.kind, number: r.number ?? null, year: r.year ?? null }, r.sources);
    }
    for (const m of set.mandates ?? []) {
      graph.addNode('Mandate', m.id, { title: m.title, legalBasis: m.legalBasis ?? null }, m.sources);
    }
    for (const p of set.partners ?? []) {
      graph.addNode('Partner', p.id, { name: p.name, helix: p.helix }, p.sources);
    }
  }
  // Links after every node, so a link may name a node from another file.
  for (const set of sets) {
    for (const link of set.links ?? []) graph.addLink(link.relation, link.from, link.to, link.sources, link.role);
  }
  return graph;
}
