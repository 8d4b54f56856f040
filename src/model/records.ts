import { z } from 'zod';
import {
  AgencyKind, ForumKind, GovernmentLevel, Helix, IndicatorDirection, ProgramStatus, ProgramTrack, RegionLevel, RegulationKind,
} from './enums.js';

/**
 * The shapes nodes have in the database, as the resolvers receive them (codegen mappers point
 * here). Optional properties that Neo4j leaves out become null; sources are stored as two
 * parallel string lists because Neo4j properties cannot hold maps.
 */
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const sourced = {
  sourceRefs: z.array(z.string()).default([]),
  sourceTitles: z.array(z.string()).default([]),
};

export const AgencyRecord = z.object({
  id: z.string(), name: z.string(), acronym: optional(z.string()),
  kind: AgencyKind, level: GovernmentLevel, ...sourced,
});
export const MandateRecord = z.object({
  id: z.string(), title: z.string(), legalBasis: optional(z.string()), ...sourced,
});
export const RegulationRecord = z.object({
  id: z.string(), title: z.string(), kind: RegulationKind, number: optional(z.string()),
  year: optional(z.number().int()), ...sourced,
});
export const ProgramRecord = z.object({
  id: z.string(), name: z.string(), description: optional(z.string()), track: ProgramTrack,
  status: ProgramStatus, startYear: optional(z.number().int()), endYear: optional(z.number().int()), ...sourced,
});
export const ThemeRecord = z.object({
  id: z.string(), name: z.string(), description: optional(z.string()), ...sourced,
});
export const IndicatorRecord = z.object({
  id: z.string(), name: z.string(), unit: z.string(), direction: IndicatorDirection, ...sourced,
});
export const RegionRecord = z.object({
  code: z.string(), name: z.string(), level: RegionLevel, isCity: optional(z.boolean()),
  outermostIslandCount: z.number().int().default(0), ...sourced,
});
export const PartnerRecord = z.object({
  id: z.string(), name: z.string(), helix: Helix, ...sourced,
});
export const ForumRecord = z.object({
  id: z.string(), name: z.string(), kind: ForumKind, year: optional(z.number().int()),
  place: optional(z.string()), ...sourced,
});
export const MeasurementRecord = z.object({
  id: z.string(), year: z.number().int(), regionCode: optional(z.string()),
  target: optional(z.number()), actual: optional(z.number()), ...sourced,
});

export const RECORDS = {
  Agency: AgencyRecord, Mandate: MandateRecord, Regulation: RegulationRecord, Program: ProgramRecord,
  Theme: ThemeRecord, Indicator: IndicatorRecord, Region: RegionRecord, Partner: PartnerRecord,
  Forum: ForumRecord, Measurement: MeasurementRecord,
} as const;

export type Records = { [L in keyof typeof RECORDS]: z.output<(typeof RECORDS)[L]> };
export type AgencyRecord = Records['Agency'];
export type MandateRecord = Records['Mandate'];
export type RegulationRecord = Records['Regulation'];
export type ProgramRecord = Records['Program'];
export type ThemeRecord = Records['Theme'];
export type IndicatorRecord = Records['Indicator'];
export type RegionRecord = Records['Region'];
export type PartnerRecord = Records['Partner'];
export type ForumRecord = Records['Forum'];
export type MeasurementRecord = Records['Measurement'];

/** A node reached through a relationship, with the relationship's role where it has one. */
export interface Linked<R> {
  readonly node: R;
  readonly role: string | null;
}
