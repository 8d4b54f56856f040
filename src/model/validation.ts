import { z } from 'zod';
import {
  AgencyKind, ForumKind, GovernmentLevel, Helix, IndicatorDirection, ProgramStatus, ProgramTrack, RegionLevel, RegulationKind,
} from './enums.js';

/**
 * The rules that mutation inputs must meet beyond what GraphQL's types check. Each schema
 * turns the API's input into the properties stored on the node.
 */
export const Slug = z.string()
  .max(100, 'must be at most 100 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a slug: lowercase letters, digits and single hyphens, like "kementerian-panrb"');

export const RegionCode = z.string()
  .regex(/^(ID|\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?)$/, 'must be an official region code like "32", "32.73" or "32.73.01" (or "ID" for Indonesia)');

export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optionalText = (max: number) => text(max).nullable();
export const Year = z.number().int('must be a whole year').min(1945, 'must be a year from 1945 to 2100').max(2100, 'must be a year from 1945 to 2100');

/** One source of a fact: a reference (URL, citation) and a title. */
export const Source = z.object({ ref: text(300), title: text(500) });
export const SourceList = z.array(Source).max(20, 'at most 20 sources');

const Sources = SourceList
  .transform((sources) => ({ sourceRefs: sources.map((s) => s.ref), sourceTitles: sources.map((s) => s.title) }));

/** The fields of each label: required ones for create, all of them optional for update. */
export const FIELDS = {
  Agency: { required: { name: text(300), kind: AgencyKind, level: GovernmentLevel }, optional: { acronym: optionalText(40) } },
  Mandate: { required: { title: text(500) }, optional: { legalBasis: optionalText(1000) } },
  Regulation: { required: { title: text(500), kind: RegulationKind }, optional: { number: optionalText(100), year: Year.nullable() } },
  Program: {
    required: { name: text(300), track: ProgramTrack, status: ProgramStatus },
    optional: { description: optionalText(4000), startYear: Year.nullable(), endYear: Year.nullable() },
  },
  Theme: { required: { name: text(200) }, optional: { description: optionalText(2000) } },
  Indicator: { required: { name: text(300), unit: text(50), direction: IndicatorDirection }, optional: {} },
  Partner: { required: { name: text(300), helix: Helix }, optional: {} },
  Forum: { required: { name: text(300), kind: ForumKind }, optional: { year: Year.nullable(), place: optionalText(300) } },
  Region: { required: { name: text(200) }, optional: { isCity: z.boolean().nullable() } },
} as const;

export type EditableLabel = keyof typeof FIELDS;

function storable<T extends { sources?: { sourceRefs: string[]; sourceTitles: string[] } | undefined }>(input: T) {
  const { sources, ...rest } = input;
  return { ...rest, ...(sources ?? {}) } as Record<string, unknown>;
}

/** Create input -> properties of the new node (key included). */
export function createSchema(label: EditableLabel) {
  const { required, optional } = FIELDS[label];
  const key = label === 'Region' ? { code: RegionCode } : { id: Slug };
  return z.object({
    ...key, ...required,
    ...Object.fromEntries(Object.entries(optional).map(([name, schema]) => [name, (schema as z.ZodType).optional()])),
    sources: Sources.optional(),
  }).transform(storable);
}

/** Update input -> the properties to set (null removes an optional one; required ones refuse null). */
export function updateSchema(label: EditableLabel) {
  const { required, optional } = FIELDS[label];
  return z.object({
    ...Object.fromEntries(Object.entries(required).map(([name, schema]) => [name, (schema as z.ZodType).optional()])),
    ...Object.fromEntries(Object.entries(optional).map(([name, schema]) => [name, (schema as z.ZodType).optional()])),
    sources: Sources.optional(),
  }).strict().transform(storable);
}

/**
 * Rules across fields, checked on the node as it would be after the write. `given` names the
 * fields the input set (all of them on create), so an issue names a field the client sent.
 */
export function checkNode(label: EditableLabel, node: Record<string, unknown>, given?: readonly string[]): Array<{ field: string; message: string }> {
  if (label === 'Program') {
    const { startYear, endYear } = node as { startYear?: number | null; endYear?: number | null };
    if (startYear != null && endYear != null && endYear < startYear) {
      if (given?.includes('startYear') && !given.includes('endYear')) return [{ field: 'startYear', message: `must not be after endYear (${endYear})` }];
      return [{ field: 'endYear', message: `must not be before startYear (${startYear})` }];
    }
  }
  return [];
}

export const RegionCreateExtras = z.object({ level: RegionLevel, parent: RegionCode.nullish() });

/** The shape of an official code at each level: "ID", then "32", "32.73" and "32.73.01". */
export const REGION_CODE_SHAPES: Record<z.output<typeof RegionLevel>, { pattern: RegExp; example: string }> = {
  COUNTRY: { pattern: /^ID$/, example: 'ID' },
  PROVINCE: { pattern: /^\d{2}$/, example: '32' },
  REGENCY: { pattern: /^\d{2}\.\d{2}$/, example: '32.73' },
  DISTRICT: { pattern: /^\d{2}\.\d{2}\.\d{2}$/, example: '32.73.01' },
};

export const MeasurementInput = z.object({
  indicator: Slug,
  year: Year,
  region: RegionCode.nullish(),
  target: z.number().finite().nullish(),
  actual: z.number().finite().nullish(),
  sources: Sources.optional(),
}).refine((m) => m.target !== undefined || m.actual !== undefined, { message: 'give a target, an actual or both', path: ['target'] });

export const MeasurementKey = z.object({ indicator: Slug, year: Year, region: RegionCode.nullish() });

export function measurementId(indicator: string, year: number, region: string | null | undefined): string {
  return `${indicator}:${year}:${region ?? 'ID'}`;
}
