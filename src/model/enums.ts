import { z } from 'zod';

/** The enums of schema/*.graphql, as zod schemas: one source of truth for stored values. */
const enumOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values, { error: `must be one of ${values.join(', ')}` });

export const AgencyKind = enumOf(['MINISTRY', 'NON_MINISTERIAL_AGENCY', 'PROVINCIAL_GOVERNMENT', 'REGENCY_GOVERNMENT', 'CITY_GOVERNMENT', 'LEGISLATIVE_COMMITTEE', 'OTHER']);
export const GovernmentLevel = enumOf(['NATIONAL', 'PROVINCIAL', 'LOCAL']);
export const RegulationKind = enumOf(['LAW', 'GOVERNMENT_REGULATION', 'PRESIDENTIAL_REGULATION', 'MINISTERIAL_REGULATION', 'DIRECTIVE', 'OTHER']);
export const ProgramTrack = enumOf(['RB_GENERAL', 'RB_THEMATIC', 'OTHER']);
export const ProgramStatus = enumOf(['PLANNED', 'ACTIVE', 'COMPLETED', 'SUSPENDED']);
export const IndicatorDirection = enumOf(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER']);
export const Helix = enumOf(['INDUSTRY', 'ACADEMIA', 'CIVIL_SOCIETY', 'MEDIA']);
export const ForumKind = enumOf(['COMMUNITY', 'EVENT', 'MEETING']);
export const RegionLevel = enumOf(['COUNTRY', 'PROVINCE', 'REGENCY', 'DISTRICT']);
export const ParticipationRole = enumOf(['LEAD', 'IMPLEMENTER', 'FUNDER', 'SUPPORTER']);
export const PartnerRole = enumOf(['IMPLEMENTER', 'FUNDER', 'TECHNOLOGY', 'RESEARCH', 'TRAINING', 'OUTREACH']);
