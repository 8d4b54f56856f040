/** Who does what (siapa mengerjakan apa): agencies by themes, with program counts and roles. */
export const RESPONSIBILITY_MATRIX = `query WhoDoesWhat($themes: [ID!], $within: ID, $level: GovernmentLevel) {
  responsibilityMatrix(themes: $themes, within: $within, level: $level) {
    themes { id name }
    themesWithoutLead { id name }
    rows {
      agency { id name acronym level }
      programCount
      cells { theme { id } programCount roles { role count } }
    }
  }
}`;

export type ParticipationRole = 'LEAD' | 'IMPLEMENTER' | 'FUNDER' | 'SUPPORTER';

export interface RoleCount { role: ParticipationRole; count: number }

export interface ResponsibilityCell {
  theme: { id: string };
  programCount: number;
  roles: RoleCount[];
}

export interface ResponsibilityRow {
  agency: { id: string; name: string; acronym: string | null; level: 'NATIONAL' | 'PROVINCIAL' | 'LOCAL' };
  programCount: number;
  cells: ResponsibilityCell[];
}

export interface ResponsibilityMatrixAnswer {
  responsibilityMatrix: {
    themes: Array<{ id: string; name: string }>;
    themesWithoutLead: Array<{ id: string; name: string }>;
    rows: ResponsibilityRow[];
  };
}
