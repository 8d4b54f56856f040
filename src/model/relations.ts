import type { Label } from './labels.js';

export interface RelationSpec {
  /** The relationship type stored in Neo4j. */
  readonly type: string;
  readonly from: Label;
  readonly to: Label;
  /** The enum a `role` property must belong to, when the relationship carries one. */
  readonly roles?: readonly string[];
  /** True where a chain of these links must never loop back (hierarchies). */
  readonly acyclic?: boolean;
  /** True where a start node may link to one end node at most (a theme has one parent). */
  readonly single?: boolean;
}

import { ParticipationRole, PartnerRole } from './enums.js';

export const PARTICIPATION_ROLES = ParticipationRole.options;
export const PARTNER_ROLES = PartnerRole.options;

/**
 * Every relationship of the model, by the name the API uses for it. This is the allow-list for
 * relationship types in Cypher templates, for `link` and `unlink`, and for nested fields.
 */
export const RELATIONS = {
  HOLDS: { type: 'HOLDS', from: 'Agency', to: 'Mandate' },
  GRANTED_BY: { type: 'GRANTED_BY', from: 'Mandate', to: 'Regulation' },
  CONCERNS: { type: 'CONCERNS', from: 'Mandate', to: 'Theme' },
  PARTICIPATES_IN: { type: 'PARTICIPATES_IN', from: 'Agency', to: 'Program', roles: PARTICIPATION_ROLES },
  ADDRESSES: { type: 'ADDRESSES', from: 'Program', to: 'Theme' },
  COVERS: { type: 'COVERS', from: 'Program', to: 'Region' },
  MEASURED_BY: { type: 'MEASURED_BY', from: 'Program', to: 'Indicator' },
  FULFILLS: { type: 'FULFILLS', from: 'Program', to: 'Mandate' },
  GOVERNED_BY: { type: 'GOVERNED_BY', from: 'Program', to: 'Regulation' },
  PARTNERS_IN: { type: 'PARTNERS_IN', from: 'Partner', to: 'Program', roles: PARTNER_ROLES },
  JURISDICTION: { type: 'JURISDICTION', from: 'Agency', to: 'Region' },
  THEME_PART_OF: { type: 'PART_OF', from: 'Theme', to: 'Theme', acyclic: true, single: true },
  REGION_PART_OF: { type: 'PART_OF', from: 'Region', to: 'Region', acyclic: true, single: true },
  MEMBER_OF: { type: 'MEMBER_OF', from: 'Agency', to: 'Forum' },
  REPORTS_TO: { type: 'REPORTS_TO', from: 'Agency', to: 'Agency', acyclic: true },
  HAS_MEASUREMENT: { type: 'HAS_MEASUREMENT', from: 'Indicator', to: 'Measurement' },
  MEASURED_IN: { type: 'MEASURED_IN', from: 'Measurement', to: 'Region' },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/** The relations a client may link and unlink directly (the rest follow from other mutations). */
export const LINKABLE = [
  'HOLDS', 'GRANTED_BY', 'CONCERNS', 'PARTICIPATES_IN', 'ADDRESSES', 'COVERS', 'MEASURED_BY',
  'FULFILLS', 'GOVERNED_BY', 'PARTNERS_IN', 'JURISDICTION', 'THEME_PART_OF', 'MEMBER_OF', 'REPORTS_TO',
] as const satisfies readonly RelationName[];

export type Direction = 'OUT' | 'IN';
