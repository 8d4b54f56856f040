/**
 * The profile pages: one query per kind, each asking in one request for everything the page
 * shows ("siapa mengerjakan apa" for one actor). Lists of related nodes are the API's own; the
 * region, theme and program profiles add the API's indicatorProgress (status and achievement
 * computed by the server) and the theme profile the API's responsibilityMatrix.
 */

const SOURCES = 'sources { ref title synthetic }';
const PROGRESS_POINTS = 'offTrackCount points { indicator { id name unit direction } year region { code name level } target actual achievement status }';

export const AGENCY_PROFILE = `query AgencyProfile($id: ID!) {
  agency(id: $id) {
    id name acronym kind level
    ${SOURCES}
    jurisdiction { code name level }
    reportsTo { id name acronym kind }
    subordinates { id name acronym kind }
    forums { id name kind year place }
    mandates {
      id title legalBasis
      themes { id name }
      grantedBy { id title kind number year }
      programs { id name }
    }
    programs {
      role
      program {
        id name status track startYear endYear
        sources { synthetic }
        themes { id name }
        regions { code name level }
        partners { role partner { id name helix } }
        regulations { id title kind number year }
        indicators { id name unit direction }
      }
    }
  }
}`;

export const PROGRAM_PROFILE = `query ProgramProfile($id: ID!) {
  program(id: $id) {
    id name description track status startYear endYear
    ${SOURCES}
    agencies { role agency { id name acronym kind level } }
    partners { role partner { id name helix } }
    themes { id name parent { id name } }
    regions { code name level parent { code name } }
    mandates {
      id title legalBasis
      holders { id name acronym }
      themes { id name }
      grantedBy { id title kind number year }
    }
    regulations { id title kind number year }
  }
  indicatorProgress(program: $id) { ${PROGRESS_POINTS} }
}`;

/** `$country` (the key is ID): the whole of Indonesia skips the lists that would hold everything. */
export const REGION_PROFILE = `query RegionProfile($code: ID!, $country: Boolean!) {
  region(code: $code) {
    code name level isCity hasOutermostIslands outermostIslandCount
    ${SOURCES}
    parent {
      code name level programs { id }
      parent { code name level programs { id } parent { code name level programs { id } } }
    }
    children { code name level outermostIslandCount programs { id } }
    programs {
      id name status startYear endYear
      sources { synthetic }
      themes { id name }
      agencies(role: LEAD) { agency { id name acronym } }
    }
  }
  within: programs(filter: { region: $code }, first: 40) @skip(if: $country) {
    totalCount
    nodes {
      id name status startYear endYear
      themes { id name }
      regions { code name level }
      agencies(role: LEAD) { agency { id name acronym } }
    }
  }
  agencies(filter: { region: $code }, first: 40) {
    totalCount
    nodes { id name acronym kind level jurisdiction { code name level } }
  }
  indicatorProgress(region: $code) @skip(if: $country) { ${PROGRESS_POINTS} }
}`;

export const THEME_PROFILE = `query ThemeProfile($id: ID!) {
  theme(id: $id) {
    id name description
    ${SOURCES}
    parent { id name parent { id name parent { id name } } }
    children { id name programs { id } children { id name } }
    programs { id }
    mandates {
      id title legalBasis
      holders { id name acronym }
      grantedBy { id title kind number year }
      programs { id }
    }
  }
  programs(filter: { theme: $id }, first: 40) {
    totalCount
    nodes {
      id name status startYear endYear
      themes { id name }
      regions { code name level }
      agencies { role agency { id name acronym } }
    }
  }
  responsibilityMatrix(themes: [$id]) {
    themesWithoutLead { id }
    rows { agency { id name acronym kind level } programCount cells { theme { id } programCount roles { role count } } }
  }
  indicators(filter: { theme: $id }, first: 40) {
    totalCount
    nodes { id name unit direction programs { id name } measurements(region: "ID") { year target actual } }
  }
  indicatorProgress(theme: $id) { offTrackCount }
}`;

export const PARTNER_PROFILE = `query PartnerProfile($id: ID!) {
  partner(id: $id) {
    id name helix
    ${SOURCES}
    programs {
      role
      program {
        id name status startYear endYear
        themes { id name }
        regions { code name level }
        agencies { role agency { id name acronym } }
        partners { role partner { id name helix } }
      }
    }
  }
}`;

export const FORUM_PROFILE = `query ForumProfile($id: ID!) {
  forum(id: $id) {
    id name kind year place
    ${SOURCES}
    members {
      id name acronym kind level
      jurisdiction { code name level }
      mandates { id }
      programs { role program { id name status } }
    }
  }
}`;

// --- answers -----------------------------------------------------------------------------------

export interface SourceRef { ref: string; title: string; synthetic: boolean }
export interface Named { id: string; name: string }
export interface AgencyRef { id: string; name: string; acronym: string | null }
export interface RegionRef { code: string; name: string; level: string }
export interface RegulationRef { id: string; title: string; kind: string; number: string | null; year: number | null }
export interface PartnerRef { id: string; name: string; helix: string }
export interface ForumRef { id: string; name: string; kind: string; year: number | null; place: string | null }
export interface IndicatorRef { id: string; name: string; unit: string; direction: string }

export interface ProgressPoint {
  indicator: IndicatorRef;
  year: number;
  region: RegionRef | null;
  target: number | null;
  actual: number | null;
  achievement: number | null;
  status: string;
}
export interface Progress { offTrackCount: number; points: ProgressPoint[] }

export interface AgencyProgram {
  id: string; name: string; status: string; track: string; startYear: number | null; endYear: number | null;
  sources: Array<{ synthetic: boolean }>;
  themes: Named[];
  regions: RegionRef[];
  partners: Array<{ role: string; partner: PartnerRef }>;
  regulations: RegulationRef[];
  indicators: IndicatorRef[];
}
export interface AgencyMandate {
  id: string; title: string; legalBasis: string | null;
  themes: Named[]; grantedBy: RegulationRef[]; programs: Named[];
}
export interface AgencyProfileAnswer {
  agency: null | {
    id: string; name: string; acronym: string | null; kind: string; level: string;
    sources: SourceRef[];
    jurisdiction: RegionRef[];
    reportsTo: Array<AgencyRef & { kind: string }>;
    subordinates: Array<AgencyRef & { kind: string }>;
    forums: ForumRef[];
    mandates: AgencyMandate[];
    programs: Array<{ role: string; program: AgencyProgram }>;
  };
}

export interface ProgramMandate {
  id: string; title: string; legalBasis: string | null;
  holders: AgencyRef[]; themes: Named[]; grantedBy: RegulationRef[];
}
export interface ProgramProfileAnswer {
  program: null | {
    id: string; name: string; description: string | null; track: string; status: string;
    startYear: number | null; endYear: number | null;
    sources: SourceRef[];
    agencies: Array<{ role: string; agency: AgencyRef & { kind: string; level: string } }>;
    partners: Array<{ role: string; partner: PartnerRef }>;
    themes: Array<Named & { parent: Named | null }>;
    regions: Array<RegionRef & { parent: { code: string; name: string } | null }>;
    mandates: ProgramMandate[];
    regulations: RegulationRef[];
  };
  indicatorProgress: Progress;
}

export interface RegionAncestor extends RegionRef { programs: Array<{ id: string }> }
export interface RegionProgram {
  id: string; name: string; status: string; startYear: number | null; endYear: number | null;
  sources: Array<{ synthetic: boolean }>;
  themes: Named[];
  agencies: Array<{ agency: AgencyRef }>;
}
export interface RegionWithinProgram {
  id: string; name: string; status: string; startYear: number | null; endYear: number | null;
  themes: Named[]; regions: RegionRef[]; agencies: Array<{ agency: AgencyRef }>;
}
export interface RegionChild extends RegionRef { outermostIslandCount: number; programs: Array<{ id: string }> }
export interface RegionAgency extends AgencyRef { kind: string; level: string; jurisdiction: RegionRef[] }
export interface RegionProfileAnswer {
  region: null | (RegionRef & {
    isCity: boolean | null; hasOutermostIslands: boolean; outermostIslandCount: number;
    sources: SourceRef[];
    parent: null | (RegionAncestor & { parent: null | (RegionAncestor & { parent: null | RegionAncestor }) });
    children: RegionChild[];
    programs: RegionProgram[];
  });
  within?: { totalCount: number; nodes: RegionWithinProgram[] };
  agencies: { totalCount: number; nodes: RegionAgency[] };
  indicatorProgress?: Progress;
}

export interface ThemeProgram {
  id: string; name: string; status: string; startYear: number | null; endYear: number | null;
  themes: Named[]; regions: RegionRef[];
  agencies: Array<{ role: string; agency: AgencyRef }>;
  partners: Array<{ role: string; partner: PartnerRef }>;
}
export interface ThemeMatrixRow {
  agency: AgencyRef & { kind: string; level: string };
  programCount: number;
  cells: Array<{ theme: { id: string }; programCount: number; roles: Array<{ role: string; count: number }> }>;
}
export interface ThemeIndicator extends IndicatorRef {
  programs: Named[];
  /** The national figures (no region), by year. */
  measurements: Array<{ year: number; target: number | null; actual: number | null }>;
}
export interface ThemeProfileAnswer {
  theme: null | {
    id: string; name: string; description: string | null;
    sources: SourceRef[];
    parent: null | (Named & { parent: null | (Named & { parent: null | Named }) });
    children: Array<Named & { programs: Array<{ id: string }>; children: Named[] }>;
    programs: Array<{ id: string }>;
    mandates: Array<{ id: string; title: string; legalBasis: string | null; holders: AgencyRef[]; grantedBy: RegulationRef[]; programs: Array<{ id: string }> }>;
  };
  programs: { totalCount: number; nodes: ThemeProgram[] };
  responsibilityMatrix: { themesWithoutLead: Array<{ id: string }>; rows: ThemeMatrixRow[] };
  indicators: { totalCount: number; nodes: ThemeIndicator[] };
  indicatorProgress: { offTrackCount: number };
}

export interface PartnerProgram {
  id: string; name: string; status: string; startYear: number | null; endYear: number | null;
  themes: Named[]; regions: RegionRef[];
  agencies: Array<{ role: string; agency: AgencyRef }>;
  partners: Array<{ role: string; partner: PartnerRef }>;
}
export interface PartnerProfileAnswer {
  partner: null | {
    id: string; name: string; helix: string;
    sources: SourceRef[];
    programs: Array<{ role: string; program: PartnerProgram }>;
  };
}

export interface ForumMember extends AgencyRef {
  kind: string; level: string;
  jurisdiction: RegionRef[];
  mandates: Array<{ id: string }>;
  programs: Array<{ role: string; program: { id: string; name: string; status: string } }>;
}
export interface ForumProfileAnswer {
  forum: null | (ForumRef & { sources: SourceRef[]; members: ForumMember[] });
}
