/**
 * The representative entity queries of the benchmark (issue 7), as our API asks them. Each
 * names the scale graph's keys it uses (bench/scale/generate.ts): a root theme with sub-themes,
 * and a national agency at the centre of many programs.
 */
export const ROOT_THEME = 'scale-theme-0';
export const HUB_AGENCY = 'scale-agency-0';

export interface GraphqlRequest {
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

export const ENTITY_QUERIES = {
  /** A filtered page of programs: active ones on a theme or its sub-themes, by name, 50 of them, with the total. */
  programPage: {
    query: `query ProgramPage($theme: ID!) {
  programs(filter: {theme: $theme, status: ACTIVE}, orderBy: {field: NAME}, first: 50) {
    totalCount
    nodes { id name track status startYear endYear }
  }
}`,
    variables: { theme: ROOT_THEME },
  },
  /** 50 agencies (the first by name) with the programs they take part in, their roles, and each program's regions. */
  agenciesWithPrograms: {
    query: `query AgenciesWithPrograms {
  agencies(orderBy: {field: NAME}, first: 50) {
    nodes { id name programs { role program { id name regions { code name } } } }
  }
}`,
    variables: {},
  },
  /** A network view of 500 nodes: breadth first from a national agency, two hops out. */
  network500: {
    query: `query Network500($agency: ID!) {
  network(focus: [{kind: AGENCY, key: $agency}], depth: 2, limit: 500) {
    truncated
    nodes { id kind key label distance }
    edges { id source target type role weight }
  }
}`,
    variables: { agency: HUB_AGENCY },
  },
} as const satisfies Record<string, GraphqlRequest>;

export type EntityCase = keyof typeof ENTITY_QUERIES;
