/** Best-practice peers ("praktik baik"): agencies of the same kind, in a similar setting, that do better on a theme. */
export const PEERS = `query Peers($agency: ID!, $theme: ID!, $first: Int) {
  peers(agency: $agency, theme: $theme, first: $first) {
    agency { id name acronym kind jurisdiction { code name level hasOutermostIslands parent { code name } } }
    theme { id name }
    performance {
      achievement
      measurements {
        indicator { id name unit direction }
        year
        region { code name }
        target
        actual
        achievement
      }
    }
    peers {
      agency { id name acronym jurisdiction { code name level hasOutermostIslands parent { code name } } }
      similarity
      themeSimilarity
      settingSimilarity
      sizeSimilarity
      sharedThemes { id name }
      performance {
        achievement
        measurements {
          indicator { id name unit direction }
          year
          region { code name }
          target
          actual
          achievement
        }
      }
      lead
    }
    rule
  }
}`;

export interface PeerMeasurement {
  indicator: { id: string; name: string; unit: string; direction: string };
  year: number;
  region: { code: string; name: string };
  target: number;
  actual: number;
  achievement: number;
}

export interface PeerPerformance {
  achievement: number;
  measurements: PeerMeasurement[];
}

export interface Jurisdiction {
  code: string;
  name: string;
  level: string;
  hasOutermostIslands: boolean;
  parent: { code: string; name: string } | null;
}

export interface PeerRow {
  agency: { id: string; name: string; acronym: string | null; jurisdiction: Jurisdiction[] };
  similarity: number;
  themeSimilarity: number;
  settingSimilarity: number;
  sizeSimilarity: number;
  sharedThemes: Array<{ id: string; name: string }>;
  performance: PeerPerformance;
  lead: number | null;
}

export interface PeersAnswer {
  peers: {
    agency: { id: string; name: string; acronym: string | null; kind: string; jurisdiction: Jurisdiction[] };
    theme: { id: string; name: string };
    performance: PeerPerformance | null;
    peers: PeerRow[];
    rule: string;
  };
}
