import type { RelationName } from '../../model/relations.js';
import { measurementId } from '../../model/validation.js';
import type { EntitySection, LinkSection } from './sections.js';

/**
 * Records of a bundle (checked by their section's schema) as the rows the write statements
 * take: a node's key and the properties the record gives, and the links it makes. A field the
 * record leaves out is not in `props`, so an update changes only what the bundle gives; a null
 * removes the property.
 */
export type Props = Record<string, unknown>;

export interface NodeRow {
  readonly key: string;
  readonly props: Props;
}

export interface LinkRow {
  readonly relation: RelationName;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
}

type Sources = ReadonlyArray<{ ref: string; title: string }> | undefined;

export function sourceProps(sources: Sources): Props {
  if (sources === undefined) return {};
  return { sourceRefs: sources.map((s) => s.ref), sourceTitles: sources.map((s) => s.title) };
}

function given(record: Record<string, unknown>, omit: readonly string[]): Props {
  const props: Props = {};
  for (const [field, value] of Object.entries(record)) {
    if (value !== undefined && !omit.includes(field)) props[field] = value;
  }
  return props;
}

/** The measured region of a measurement record: null for a national figure ("ID" names one too). */
export function measuredRegion(region: string | null | undefined): string | null {
  return region === undefined || region === null || region === 'ID' ? null : region;
}

/** The key a record merges on. */
export function keyOf(section: EntitySection, record: Record<string, unknown>): string {
  if (section.keyField !== null) return record[section.keyField] as string;
  return measurementId(record.indicator as string, record.year as number, measuredRegion(record.region as string | null | undefined));
}

export function nodeRow(section: EntitySection, record: Record<string, unknown>): NodeRow {
  const sources = sourceProps(record.sources as Sources);
  if (section.label === 'Measurement') {
    const props = given(record, ['indicator', 'region', 'sources']);
    return { key: keyOf(section, record), props: { ...props, regionCode: measuredRegion(record.region as string | null | undefined), ...sources } };
  }
  const props = given(record, [section.keyField!, 'parent', 'sources']);
  return { key: keyOf(section, record), props: { ...props, ...sources } };
}

/** The links a node record makes: a region's PART_OF its parent, a measurement's indicator and region. */
export function derivedLinks(section: EntitySection, record: Record<string, unknown>): LinkRow[] {
  const props = sourceProps(record.sources as Sources);
  if (section.label === 'Region' && typeof record.parent === 'string') {
    return [{ relation: 'REGION_PART_OF', from: record.code as string, to: record.parent, props }];
  }
  if (section.label === 'Measurement') {
    const id = keyOf(section, record);
    const region = measuredRegion(record.region as string | null | undefined);
    return [
      { relation: 'HAS_MEASUREMENT', from: record.indicator as string, to: id, props },
      ...(region === null ? [] : [{ relation: 'MEASURED_IN' as const, from: id, to: region, props }]),
    ];
  }
  return [];
}

export function linkRow(section: LinkSection, record: Record<string, unknown>): LinkRow {
  return {
    relation: section.relation,
    from: record.from as string,
    to: record.to as string,
    props: { ...(record.role === undefined ? {} : { role: record.role }), ...sourceProps(record.sources as Sources) },
  };
}
