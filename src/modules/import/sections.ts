import { z } from 'zod';
import { RegionLevel } from '../../model/enums.js';
import { LABELS, type Label } from '../../model/labels.js';
import { LINKABLE, RELATIONS } from '../../model/relations.js';
import { FIELDS, RegionCode, Slug, SourceList, Year, text } from '../../model/validation.js';

/**
 * The interchange format of bulk imports, as zod schemas: the single source of the bundle's
 * shape. A bundle has one section per kind of node (`agencies`, `programs`, ...) and one per
 * kind of link (`links.PARTICIPATES_IN`, ...). The JSON Schema in schema/bundle.schema.json is
 * generated from `BundleSchema` (npm run bundle-schema), and the CSV form uses the same
 * sections, one file each.
 *
 * A record merges on its key (id, or code for regions). Only the key is always required: a
 * record for a node that is not in the graph must also give the fields that creating one needs
 * (`requiredToCreate`), while a record for a node that exists may give just the fields to
 * change. A null removes an optional field.
 */

type LinkableRelation = (typeof LINKABLE)[number];

export interface EntitySection {
  readonly kind: 'entity';
  readonly name: EntitySectionName;
  readonly label: Label;
  /** The record's field that holds the node's key; measurements have a key made of three fields. */
  readonly keyField: 'id' | 'code' | null;
  readonly schema: z.ZodObject;
}

export interface LinkSection {
  readonly kind: 'link';
  readonly name: LinkableRelation;
  readonly relation: LinkableRelation;
  readonly schema: z.ZodObject;
}

export type Section = EntitySection | LinkSection;

const Sources = SourceList.optional().meta({
  description: 'Where the record comes from: a reference (URL, citation) and a title for each source.',
});

const optionalFields = (fields: Readonly<Record<string, z.ZodType>>) =>
  Object.fromEntries(Object.entries(fields).map(([name, schema]) => [name, schema.optional()]));

/** A node section whose fields are those of the API's create input (src/model/validation.ts). */
function editable(label: 'Agency' | 'Mandate' | 'Regulation' | 'Program' | 'Theme' | 'Indicator' | 'Partner' | 'Forum', description: string) {
  const { required, optional } = FIELDS[label];
  return z.object({ id: Slug, ...optionalFields(required), ...optionalFields(optional), sources: Sources })
    .strict()
    .meta({ description: `${description} Required to create one: id, ${Object.keys(required).join(', ')}.` });
}

const RegionRecord = z.object({
  code: RegionCode,
  name: text(200).optional(),
  level: RegionLevel.optional(),
  parent: RegionCode.optional().meta({ description: 'The code of the region it is part of ("ID" for a province).' }),
  isCity: z.boolean().nullable().optional(),
  outermostIslandCount: z.number().int('must be a whole number').min(0, 'must not be negative').optional(),
  sources: Sources,
}).strict().meta({ description: 'An administrative region. Required to create one: code, name, level and (but for "ID") parent.' });

const MeasurementRecord = z.object({
  indicator: Slug,
  year: Year,
  region: RegionCode.nullable().optional().meta({ description: 'The region measured; absent, null or "ID" for a national figure.' }),
  target: z.number().finite().nullable().optional(),
  actual: z.number().finite().nullable().optional(),
  sources: Sources,
}).strict().meta({ description: 'A target and/or actual value of an indicator for a year, nationally or in one region. Its key is indicator, year and region.' });

const ENTITY_SCHEMAS = {
  agencies: { label: 'Agency', keyField: 'id', schema: editable('Agency', 'A public-sector agency.') },
  mandates: { label: 'Mandate', keyField: 'id', schema: editable('Mandate', 'A legal mandate an agency holds.') },
  regulations: { label: 'Regulation', keyField: 'id', schema: editable('Regulation', 'A law or regulation that grants mandates or governs programs.') },
  themes: { label: 'Theme', keyField: 'id', schema: editable('Theme', 'A policy theme; link THEME_PART_OF for its broader theme.') },
  programs: { label: 'Program', keyField: 'id', schema: editable('Program', 'A program agencies run.') },
  indicators: { label: 'Indicator', keyField: 'id', schema: editable('Indicator', 'An indicator programs are measured by.') },
  partners: { label: 'Partner', keyField: 'id', schema: editable('Partner', 'A non-government partner (industry, academia, civil society, media).') },
  forums: { label: 'Forum', keyField: 'id', schema: editable('Forum', 'A community, event or meeting agencies are members of.') },
  regions: { label: 'Region', keyField: 'code', schema: RegionRecord },
  measurements: { label: 'Measurement', keyField: null, schema: MeasurementRecord },
} as const satisfies Record<string, { label: Label; keyField: EntitySection['keyField']; schema: z.ZodObject }>;

export type EntitySectionName = keyof typeof ENTITY_SCHEMAS;

/** The node sections in the order they are written and listed. */
export const ENTITY_SECTIONS: readonly EntitySection[] = Object.entries(ENTITY_SCHEMAS).map(([name, spec]) => ({
  kind: 'entity', name: name as EntitySectionName, label: spec.label, keyField: spec.keyField, schema: spec.schema,
}));

const keyOfEnd = (label: Label) => (label === 'Region' ? RegionCode : Slug);

function linkSchema(relation: LinkableRelation) {
  const spec = RELATIONS[relation];
  const roles = 'roles' in spec ? spec.roles : undefined;
  return z.object({
    from: keyOfEnd(spec.from).meta({ description: `The ${spec.from}'s ${LABELS[spec.from].key}.` }),
    to: keyOfEnd(spec.to).meta({ description: `The ${spec.to}'s ${LABELS[spec.to].key}.` }),
    ...(roles ? { role: z.enum(roles as unknown as [string, ...string[]], { error: `must be one of ${roles.join(', ')}` }) } : {}),
    sources: Sources,
  }).strict().meta({ description: `${spec.from} -[:${spec.type}]-> ${spec.to}${roles ? ', with a role' : ''}.` });
}

export const LINK_SECTIONS: readonly LinkSection[] = LINKABLE.map((relation) => ({
  kind: 'link', name: relation, relation, schema: linkSchema(relation),
}));

export const SECTIONS: ReadonlyMap<string, Section> = new Map<string, Section>([
  ...ENTITY_SECTIONS.map((s) => [s.name, s] as const),
  ...LINK_SECTIONS.map((s) => [s.name, s] as const),
]);

export function entitySection(name: EntitySectionName): EntitySection {
  return SECTIONS.get(name) as EntitySection;
}

/** The fields a record must give when its node is not in the graph yet. */
export function requiredToCreate(section: EntitySection, record: Record<string, unknown>): string[] {
  switch (section.label) {
    case 'Region': return ['name', 'level', ...(record.code === 'ID' ? [] : ['parent'])];
    case 'Measurement': return [];
    default: return Object.keys(FIELDS[section.label as keyof typeof FIELDS].required);
  }
}

export const BUNDLE_FORMAT_VERSION = 1;

/** The whole JSON bundle, for the generated JSON Schema and for checking a parsed bundle's outline. */
export const BundleSchema = z.object({
  $schema: z.string().optional().meta({ description: 'The JSON Schema this file follows (for editors); ignored on import.' }),
  format: z.literal('kolaborasi-bundle').optional(),
  version: z.literal(BUNDLE_FORMAT_VERSION).optional(),
  ...Object.fromEntries(ENTITY_SECTIONS.map((s) => [s.name, z.array(s.schema).optional()])),
  links: z.object(Object.fromEntries(LINK_SECTIONS.map((s) => [s.name, z.array(s.schema).optional()]))).strict().optional(),
}).strict().meta({
  title: 'Kolaborasi Graph import bundle',
  description: 'Nodes and links to merge into the graph. Every section is optional. Records merge on their key; '
    + 'a record for an existing node may give only the fields to change. See docs/import.md.',
});

/** The top-level keys a bundle may have besides its sections. */
export const HEADER_KEYS = ['$schema', 'format', 'version'] as const;
