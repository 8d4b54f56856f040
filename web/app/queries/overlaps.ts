/**
 * Overlapping programs (programOverlaps) and overlapping mandates (mandateOverlaps): which
 * programs of different agencies work on the same theme in the same regions in the same years,
 * with the evidence of each pair, and which agencies hold mandates on the same theme.
 */
export const PROGRAM_OVERLAPS = `query ProgramOverlaps($filter: ProgramOverlapFilter, $first: Int, $after: String) {
  programOverlaps(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      score
      themeMatch
      regionShare
      yearShare
      kind
      first { ...OverlapSideFields }
      second { ...OverlapSideFields }
      sharedThemes { id name }
      sharedRegions { code name level }
      years { from to }
      sharedIndicators { id name }
    }
  }
}

fragment OverlapSideFields on OverlapSide {
  program { id name startYear endYear }
  agencies { id name acronym }
  mandated
  mandates { id title legalBasis grantedBy { id title kind number year } }
}`;

export interface RegulationRef { id: string; title: string; kind: string; number: string | null; year: number | null }
export interface MandateRef { id: string; title: string; legalBasis: string | null; grantedBy: RegulationRef[] }
export interface AgencyRef { id: string; name: string; acronym: string | null }
export interface RegionRef { code: string; name: string; level: string }
export interface NamedRef { id: string; name: string }

export interface OverlapSide {
  program: { id: string; name: string; startYear: number | null; endYear: number | null };
  agencies: AgencyRef[];
  mandated: boolean;
  mandates: MandateRef[];
}

export interface ProgramOverlap {
  score: number;
  themeMatch: number;
  regionShare: number;
  yearShare: number;
  kind: 'MANDATED' | 'PARTLY_MANDATED' | 'DUPLICATE';
  first: OverlapSide;
  second: OverlapSide;
  sharedThemes: NamedRef[];
  sharedRegions: RegionRef[];
  years: { from: number | null; to: number | null };
  sharedIndicators: NamedRef[];
}

export interface PageInfo { hasNextPage: boolean; endCursor: string | null }

export interface ProgramOverlapsAnswer {
  programOverlaps: { totalCount: number; pageInfo: PageInfo; nodes: ProgramOverlap[] };
}

export const MANDATE_OVERLAPS = `query MandateOverlaps($filter: MandateOverlapFilter, $first: Int, $after: String) {
  mandateOverlaps(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      sameTheme
      first { ...MandateHoldingFields }
      second { ...MandateHoldingFields }
    }
  }
}

fragment MandateHoldingFields on MandateHolding {
  agency { id name acronym }
  mandate { id title }
  theme { id name }
  regulations { id title kind number year }
}`;

export interface MandateHolding {
  agency: AgencyRef;
  mandate: { id: string; title: string };
  theme: NamedRef;
  regulations: RegulationRef[];
}

export interface MandateOverlap {
  sameTheme: boolean;
  first: MandateHolding;
  second: MandateHolding;
}

export interface MandateOverlapsAnswer {
  mandateOverlaps: { totalCount: number; pageInfo: PageInfo; nodes: MandateOverlap[] };
}
