import { ENTITY_SECTIONS } from '../modules/import/sections.js';
import { LABELS, type Label } from '../model/labels.js';
import { LINKABLE, type RelationName } from '../model/relations.js';
import type { Props, SeedGraph } from './seedGraph.js';

type BundleRecord = Record<string, unknown>;

function sourcesOf(props: Props): Array<{ ref: string; title: string }> {
  const refs = (props.sourceRefs ?? []) as readonly string[];
  const titles = (props.sourceTitles ?? []) as readonly string[];
  return refs.map((ref, i) => ({ ref, title: titles[i] ?? ref }));
}

function withoutSources(props: Props): BundleRecord {
  const { sourceRefs: _refs, sourceTitles: _titles, ...rest } = props;
  return rest;
}

/** For each end of `relation` in `graph`, where it leads (a region's parent, a measurement's indicator). */
function ends(graph: SeedGraph, relation: RelationName, by: 'from' | 'to'): Map<string, string> {
  const found = new Map<string, string>();
  for (const row of graph.links.get(relation)?.values() ?? []) found.set(by === 'from' ? row.from : row.to, by === 'from' ? row.to : row.from);
  return found;
}

/**
 * A seeding step's graph as an import bundle, so the demo graph loads through the same path as
 * any bundle (src/import). Regions carry their parent and measurements their indicator and
 * region, as the bundle format has them; the other links go to their link sections.
 */
export function toBundle(graph: SeedGraph): Record<string, unknown> {
  const parents = ends(graph, 'REGION_PART_OF', 'from');
  const indicators = ends(graph, 'HAS_MEASUREMENT', 'to');
  const bundle: Record<string, unknown> = {};
  for (const section of ENTITY_SECTIONS) {
    const rows = graph.nodes.get(section.label);
    if (!rows) continue;
    bundle[section.name] = [...rows.values()].map((row) => recordOf(section.label, row.key, row.props, parents, indicators));
  }
  const links: Record<string, BundleRecord[]> = {};
  for (const relation of LINKABLE) {
    const rows = graph.links.get(relation);
    if (!rows) continue;
    links[relation] = [...rows.values()].map((row) => ({ from: row.from, to: row.to, ...withoutSources(row.props), sources: sourcesOf(row.props) }));
  }
  if (Object.keys(links).length > 0) bundle.links = links;
  return bundle;
}

function recordOf(label: Label, key: string, props: Props, parents: Map<string, string>, indicators: Map<string, string>): BundleRecord {
  const sources = sourcesOf(props);
  const fields = withoutSources(props);
  if (label === 'Measurement') {
    const { regionCode, ...values } = fields;
    return { indicator: indicators.get(key), ...values, region: regionCode ?? null, sources };
  }
  const parent = label === 'Region' ? parents.get(key) : undefined;
  return { [LABELS[label].key]: key, ...fields, ...(parent === undefined ? {} : { parent }), sources };
}
