/**
 * Mandate conformance of one agency (mandateConformance): its mandates no program carries out,
 * and the programs it takes part in that rest on no mandate of their agencies.
 */
export const MANDATE_CONFORMANCE = `query MandateConformance($agency: ID!) {
  mandateConformance(agency: $agency) {
    agency {
      id name acronym kind level
      mandates { id }
      programs { role program { id } }
    }
    unfulfilledMandates {
      mandate { id title legalBasis }
      themes { id name }
      regulations { id title kind number year }
      candidatePrograms { id name }
    }
    programsWithoutMandate {
      program { id name startYear endYear agencies { role agency { id name acronym } } }
      role
      themes { id name }
      relatedMandates { id title legalBasis holders { id name acronym } }
    }
  }
}`;

export interface AgencyRef { id: string; name: string; acronym: string | null }
export interface NamedRef { id: string; name: string }
export interface RegulationRef { id: string; title: string; kind: string; number: string | null; year: number | null }

export interface MandateGap {
  mandate: { id: string; title: string; legalBasis: string | null };
  themes: NamedRef[];
  regulations: RegulationRef[];
  candidatePrograms: NamedRef[];
}

export interface MandateCreep {
  program: {
    id: string;
    name: string;
    startYear: number | null;
    endYear: number | null;
    agencies: Array<{ role: string; agency: AgencyRef }>;
  };
  role: string;
  themes: NamedRef[];
  relatedMandates: Array<{ id: string; title: string; legalBasis: string | null; holders: AgencyRef[] }>;
}

export interface MandateConformanceAnswer {
  mandateConformance: {
    agency: AgencyRef & {
      kind: string;
      level: string;
      mandates: Array<{ id: string }>;
      programs: Array<{ role: string; program: { id: string } }>;
    };
    unfulfilledMandates: MandateGap[];
    programsWithoutMandate: MandateCreep[];
  };
}
