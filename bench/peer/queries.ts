import { ANALYSIS_QUERIES } from '../cases/analyses.js';
import { ROOT_THEME, type EntityCase } from '../cases/entities.js';

/**
 * The peer's (@neo4j/graphql v7, bench/peer/typeDefs.ts) query for each of our benchmark cases
 * that it can express: the one giving the same answer on the same graph. check.ts runs both
 * and compares them; the benchmark times them side by side.
 */
export interface PeerQuery {
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** What the peer's query assumes or does differently to give the same answer. */
  readonly note: string;
}

export const PEER_QUERIES: Partial<Record<EntityCase, PeerQuery>> = {
  programPage: {
    query: `query PeerProgramPage($theme: ID!) {
  programsConnection(
    where: {
      status: { eq: "ACTIVE" }
      themes: { some: { OR: [{ id: { eq: $theme } }, { parent: { some: { id: { eq: $theme } } } }] } }
    }
    sort: [{ name: ASC }, { id: ASC }]
    first: 50
  ) {
    totalCount
    edges { node { id name track status startYear endYear } }
  }
}`,
    variables: { theme: ROOT_THEME },
    note: 'Our filter follows PART_OF to any depth (PART_OF*0..); the peer has no variable-length path filter, '
      + 'so "the theme or its sub-themes" is spelled out for a fixed depth of two levels (the theme, or a theme whose parent it is), '
      + 'which is all the benchmark graph has (root themes and one level below). Ties on name sort by id, as ours do.',
  },
  agenciesWithPrograms: {
    query: `query PeerAgenciesWithPrograms {
  agencies(sort: [{ name: ASC }, { id: ASC }], limit: 50) {
    id
    name
    programsConnection {
      edges {
        properties { role }
        node { id name regions { code name } }
      }
    }
  }
}`,
    variables: {},
    note: 'The role is a relationship property, so it comes through programsConnection edges (properties) rather than a '
      + 'plain list field. No totalCount is asked, as ours asks none. Lists inside an agency come in no set order on either side.',
  },
};

/** Queries not in entities.ts that ask our API what a peer query asks (for the analyses the peer can express). */
export interface PeerComparison {
  readonly ours: { readonly query: string; readonly variables: Record<string, unknown> };
  readonly peer: PeerQuery;
}

/**
 * A region filter (on a covered region) for "this region, a region below it or a region above
 * it", spelled out to a fixed depth: the region hierarchy has four levels (COUNTRY, PROVINCE,
 * REGENCY, DISTRICT), so two regions on one chain are at most three hops apart.
 */
function reachesRegion(variable: string): string {
  const eq = `{ code: { eq: ${variable} } }`;
  const chain = (field: string, depth: number) => {
    let filter = eq;
    for (let i = 0; i < depth; i += 1) filter = `{ ${field}: { some: ${filter} } }`;
    return filter;
  };
  return [eq, ...[1, 2, 3].map((d) => chain('parent', d)), ...[1, 2, 3].map((d) => chain('children', d))].join(', ');
}

const MISSING_STRAND_NOTE = 'Our filter follows PART_OF to any depth; the peer spells it out for the depth the graph has '
  + '(themes: two levels; regions: four levels, so up or down at most three hops). "No partner of the strand" is a none-filter. '
  + 'Sorted by name then id, 50 and the total, as ours.';

/**
 * The analyses the peer can express after all: programsMissingStrand, a filtered list, when the
 * hierarchies have a known depth. Each pairs our query with the peer's, for check.ts.
 */
export const PEER_ANALYSES: Record<string, PeerComparison> = {
  programsMissingStrandTheme: {
    // The benchmark's own case (bench/cases/analyses.ts), so the two cannot drift apart.
    ours: ANALYSIS_QUERIES.programsMissingStrand,
    peer: {
      query: `query PeerMissingStrandTheme($theme: ID!) {
  programsConnection(
    where: {
      themes: { some: { OR: [{ id: { eq: $theme } }, { parent: { some: { id: { eq: $theme } } } }] } }
      partners: { none: { helix: { eq: "ACADEMIA" } } }
    }
    sort: [{ name: ASC }, { id: ASC }]
    first: 50
  ) {
    totalCount
    edges { node { id name } }
  }
}`,
      variables: { theme: ROOT_THEME },
      note: MISSING_STRAND_NOTE,
    },
  },
  programsMissingStrandRegion: {
    ours: {
      query: `query MissingStrandRegion($region: ID!) {
  programsMissingStrand(strand: CIVIL_SOCIETY, region: $region, first: 50) {
    totalCount
    nodes { id name }
  }
}`,
      variables: { region: '32.73' },
    },
    peer: {
      query: `query PeerMissingStrandRegion($region: ID!) {
  programsConnection(
    where: {
      regions: { some: { OR: [${reachesRegion('$region')}] } }
      partners: { none: { helix: { eq: "CIVIL_SOCIETY" } } }
    }
    sort: [{ name: ASC }, { id: ASC }]
    first: 50
  ) {
    totalCount
    edges { node { id name } }
  }
}`,
      variables: { region: '32.73' },
      note: MISSING_STRAND_NOTE,
    },
  },
};

const NO_CUSTOM_CYPHER = 'a custom @cypher field would only be our own Cypher served by the peer, so it does not count';

export const PEER_NOT_EXPRESSIBLE: Partial<Record<EntityCase | string, string>> = {
  network500: 'A breadth-first neighbourhood over every relationship type, de-duplicated across paths, with a distance per node and a '
    + 'cap of 500 nodes taken in breadth-first order (and `truncated`): the peer can nest fixed selections per type, but cannot '
    + 'de-duplicate nodes reached by different paths, rank them by hops, or cap the whole set; the answer would be a different tree, '
    + `not the same graph view. Only a custom @cypher field could (${NO_CUSTOM_CYPHER}).`,
  programOverlaps: `Scores pairs of programs (theme match × shared-region share × year overlap): the peer has no pairs of rows, no arithmetic over them and no ordering by a computed score; ${NO_CUSTOM_CYPHER}.`,
  mandateOverlaps: `Pairs of agencies whose mandate themes are equal or nested at any depth, each pair once: the peer cannot join two nodes on a shared related node nor de-duplicate pairs; ${NO_CUSTOM_CYPHER}.`,
  coverageGaps: `Per region, counts programs reaching it through the region hierarchy and the worst indicator shortfall, sorted by those: the peer cannot count through ancestors, compute a shortfall or sort by a computed value; ${NO_CUSTOM_CYPHER}.`,
  responsibilityMatrix: `Agency × theme cells with distinct program counts per role and themes without a lead: the peer has no group-by over two related nodes; ${NO_CUSTOM_CYPHER}.`,
  helixBalance: `Distinct actors per strand across a set of programs and a Pielou evenness over them: the peer aggregates per node, not distinct across a set, and computes no entropy; ${NO_CUSTOM_CYPHER}.`,
  mandateConformance: `Needs conditions that correlate two relationships of the same program (a mandate it fulfils held by one of its own agencies; the agency's programs on the mandate's themes): the peer's filters cannot refer to an outer node; ${NO_CUSTOM_CYPHER}.`,
  peers: `Performance from measurements in each agency's jurisdiction and Jaccard similarities between agencies, ranked: arithmetic and ranking the peer does not have; ${NO_CUSTOM_CYPHER}.`,
  indicatorProgress: `Achievement (actual ÷ target) and a status per measurement with a tolerance, over measurements reached through programs, themes or the region hierarchy: computed values the peer cannot derive; ${NO_CUSTOM_CYPHER}.`,
};
