import { HUB_AGENCY, ROOT_THEME, type GraphqlRequest } from './entities.js';

/** A leaf theme (PART_OF a root theme) and a province of the real regions (Jawa Barat). */
export const LEAF_THEME = 'scale-theme-12';
export const PROVINCE = '32';
/** The root theme and four of its sub-themes (the generator makes theme t a sub-theme of t mod 12; S has 60 themes). */
export const ROOT_FAMILY = [ROOT_THEME, ...[12, 24, 36, 48].map((t) => `scale-theme-${t}`)];

/**
 * Every analysis, asked as an analyst would on the scale graph (bench/scale/generate.ts): on a
 * theme, a province (Jawa Barat) or a national agency, the first page of its answer with the
 * fields a dashboard shows: who does what on one family of themes in a province, how the
 * indicators stand in a province. Each is one GraphQL request; its floor replays the
 * statements it sends.
 */
export const ANALYSIS_QUERIES = {
  programOverlaps: {
    query: `query Overlaps($theme: ID!, $region: ID!) {
  programOverlaps(filter: {theme: $theme, region: $region}, first: 20) {
    totalCount
    nodes { kind score first { program { id name } agencies { id } } second { program { id name } agencies { id } } sharedThemes { id } sharedRegions { code } years { from to } }
  }
}`,
    variables: { theme: LEAF_THEME, region: PROVINCE },
  },
  mandateOverlaps: {
    query: `query MandateOverlaps($theme: ID!) {
  mandateOverlaps(filter: {theme: $theme}, first: 20) {
    totalCount
    nodes { sameTheme first { agency { id } mandate { id } theme { id } } second { agency { id } mandate { id } theme { id } } }
  }
}`,
    variables: { theme: ROOT_THEME },
  },
  coverageGaps: {
    query: `query Gaps($theme: ID!) {
  coverageGaps(theme: $theme, level: REGENCY, first: 20) {
    totalCount
    nodes { region { code name } coverage programCount hasData need { indicator { id } year actual shortfall } }
  }
}`,
    variables: { theme: ROOT_THEME },
  },
  responsibilityMatrix: {
    query: `query Matrix($themes: [ID!], $region: ID!) {
  responsibilityMatrix(themes: $themes, within: $region) {
    themes { id }
    rows { agency { id name } programCount cells { theme { id } programCount roles { role count } } }
    themesWithoutLead { id }
  }
}`,
    variables: { themes: ROOT_FAMILY, region: PROVINCE },
  },
  helixBalance: {
    query: `query Helix($theme: ID!) {
  helixBalance(theme: $theme) { balance programCount strands { strand actors programs } missing }
}`,
    variables: { theme: ROOT_THEME },
  },
  programsMissingStrand: {
    query: `query MissingStrand($theme: ID!) {
  programsMissingStrand(strand: ACADEMIA, theme: $theme, first: 50) {
    totalCount
    nodes { id name }
  }
}`,
    variables: { theme: ROOT_THEME },
  },
  mandateConformance: {
    query: `query Conformance($agency: ID!) {
  mandateConformance(agency: $agency) {
    unfulfilledMandates { mandate { id } candidatePrograms { id } }
    programsWithoutMandate { program { id } role relatedMandates { id } }
  }
}`,
    variables: { agency: HUB_AGENCY },
  },
  peers: {
    query: `query Peers($agency: ID!, $theme: ID!) {
  peers(agency: $agency, theme: $theme) { peers { agency { id name } similarity } }
}`,
    variables: { agency: HUB_AGENCY, theme: ROOT_THEME },
  },
  indicatorProgress: {
    query: `query Progress($region: ID!) {
  indicatorProgress(region: $region) {
    offTrackCount
    points { indicator { id } year region { code } target actual achievement status }
  }
}`,
    variables: { region: PROVINCE },
  },
} as const satisfies Record<string, GraphqlRequest>;

export type AnalysisCase = keyof typeof ANALYSIS_QUERIES;
