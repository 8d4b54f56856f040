/** Helix balance: which strands of the quadruple helix take part, how evenly, and the programs missing one. */
export const HELIX_BALANCE = `query HelixBalance($program: ID, $theme: ID, $region: ID) {
  helixBalance(program: $program, theme: $theme, region: $region) {
    scope
    programCount
    strands { strand actors programs }
    present
    missing
    balance
  }
}`;

export type Strand = 'GOVERNMENT' | 'INDUSTRY' | 'ACADEMIA' | 'CIVIL_SOCIETY' | 'MEDIA';

export interface StrandCount { strand: Strand; actors: number; programs: number }

export interface HelixBalanceAnswer {
  helixBalance: {
    scope: string;
    programCount: number;
    strands: StrandCount[];
    present: Strand[];
    missing: Strand[];
    balance: number;
  };
}

/** Programs (on a theme, in a region) in which a strand takes no part; a page of at most 100. */
export const PROGRAMS_MISSING_STRAND = `query ProgramsMissingStrand($strand: Strand!, $theme: ID, $region: ID, $first: Int, $after: String) {
  programsMissingStrand(strand: $strand, theme: $theme, region: $region, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      name
      startYear
      endYear
      agencies(role: LEAD) { agency { id name acronym } }
      partners { role partner { id name helix } }
    }
  }
}`;

export interface MissingStrandProgram {
  id: string;
  name: string;
  startYear: number | null;
  endYear: number | null;
  agencies: Array<{ agency: { id: string; name: string; acronym: string | null } }>;
  partners: Array<{ role: string; partner: { id: string; name: string; helix: Exclude<Strand, 'GOVERNMENT'> } }>;
}

export interface ProgramsMissingStrandAnswer {
  programsMissingStrand: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: MissingStrandProgram[];
  };
}
