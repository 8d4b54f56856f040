import type { z } from 'zod';
import type * as Enums from '../model/enums.js';

/** The schema's enums as string unions, from the zod enums in src/model/enums.ts. */
export type AgencyKind = z.output<typeof Enums.AgencyKind>;
export type GovernmentLevel = z.output<typeof Enums.GovernmentLevel>;
export type RegulationKind = z.output<typeof Enums.RegulationKind>;
export type ProgramTrack = z.output<typeof Enums.ProgramTrack>;
export type ProgramStatus = z.output<typeof Enums.ProgramStatus>;
export type IndicatorDirection = z.output<typeof Enums.IndicatorDirection>;
export type Helix = z.output<typeof Enums.Helix>;
export type ForumKind = z.output<typeof Enums.ForumKind>;
export type RegionLevel = z.output<typeof Enums.RegionLevel>;
export type ParticipationRole = z.output<typeof Enums.ParticipationRole>;
export type PartnerRole = z.output<typeof Enums.PartnerRole>;
