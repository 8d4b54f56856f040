import type {
  AgencyKind, ForumKind, GovernmentLevel, Helix, IndicatorDirection, PartnerRole, ParticipationRole,
  ProgramStatus, ProgramTrack, RegulationKind,
} from './vocabulary.js';
import type { RelationName } from '../model/relations.js';
import type { Source } from './sources.js';

/**
 * The shapes of the facts in data/: what the seed articles say, each with its sources. Field
 * names are the stored property names (src/model/records.ts); enums are the schema's.
 */
interface Sourced {
  readonly sources: readonly Source[];
}

export interface AgencyFact extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly acronym?: string;
  readonly kind: AgencyKind;
  readonly level: GovernmentLevel;
}

export interface ThemeFact extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  /** The broader theme it is PART_OF. */
  readonly parent?: string;
}

export interface ProgramFact extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly track: ProgramTrack;
  readonly status: ProgramStatus;
  readonly startYear?: number;
  readonly endYear?: number;
}

export interface ForumFact extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly kind: ForumKind;
  readonly year?: number;
  readonly place?: string;
}

export interface RegulationFact extends Sourced {
  readonly id: string;
  readonly title: string;
  readonly kind: RegulationKind;
  readonly number?: string;
  readonly year?: number;
}

export interface MandateFact extends Sourced {
  readonly id: string;
  readonly title: string;
  readonly legalBasis?: string;
}

export interface PartnerFact extends Sourced {
  readonly id: string;
  readonly name: string;
  readonly helix: Helix;
}

/** A relationship the articles state; `role` only for PARTICIPATES_IN and PARTNERS_IN. */
export interface LinkFact extends Sourced {
  readonly relation: RelationName;
  readonly from: string;
  readonly to: string;
  readonly role?: ParticipationRole | PartnerRole;
}

/** One file's worth of facts in data/facts/. */
export interface FactSet {
  readonly agencies?: readonly AgencyFact[];
  readonly themes?: readonly ThemeFact[];
  readonly programs?: readonly ProgramFact[];
  readonly forums?: readonly ForumFact[];
  readonly regulations?: readonly RegulationFact[];
  readonly mandates?: readonly MandateFact[];
  readonly partners?: readonly PartnerFact[];
  readonly links?: readonly LinkFact[];
}
