/**
 * Coverage gaps (src/modules/analysis/analysis.graphql, coverageGaps): which regions does no program on a theme
 * reach? Two questions to the same analysis: the gaps themselves (the table, the page's main
 * query) and every region in scope (the map colours all of them), asked with a minPrograms no
 * region reaches. `first` is a variable: coverageGaps pages up to 1000 regions, and a literal
 * would count as a multiplier in the server's cost limit.
 */

/** minPrograms for "every region in scope": no region is reached by this many programs. */
export const EVERY_REGION = 1_000_000;
/** coverageGaps' largest page: 514 regencies in one request, districts in a few. */
export const GAPS_PAGE_SIZE = 1000;

export type RegionLevelName = 'PROVINCE' | 'REGENCY' | 'DISTRICT';
export type CoverageKindName = 'DIRECT' | 'REGENCY' | 'PROVINCE' | 'NATIONAL' | 'NONE';

export interface GapsVariables {
  theme: string;
  level: RegionLevelName;
  within: string;
  minPrograms: number;
  remoteOnly: boolean;
  first: number;
  after?: string | null;
}

export interface RegionRef { code: string; name: string }

export interface Reach {
  program: { id: string; name: string };
  coverage: CoverageKindName;
  via: RegionRef & { level: string };
}

export interface GapNeed {
  indicator: { id: string; name: string; unit: string | null; direction: string };
  year: number;
  target: number | null;
  actual: number;
  shortfall: number | null;
}

export interface GapRegion extends RegionRef {
  level: string;
  outermostIslandCount: number;
  parent: (RegionRef & { parent: RegionRef | null }) | null;
}

export interface GapNode {
  region: GapRegion;
  programCount: number;
  coverage: CoverageKindName;
  remote: boolean;
  hasData: boolean;
  programs: Reach[];
  need: GapNeed | null;
}

export interface PageInfo { hasNextPage: boolean; endCursor: string | null }

export interface GapsConnection<N = GapNode> {
  totalCount: number;
  pageInfo: PageInfo;
  nodes: N[];
}

/** What the table and the map show of each region: the same fields, asked once. */
const GAP_FIELDS = `fragment GapFields on CoverageGap {
  region { code name level outermostIslandCount parent { code name parent { code name } } }
  programCount
  coverage
  remote
  hasData
  programs { program { id name } coverage via { code name level } }
  need { indicator { id name unit direction } year target actual shortfall }
}`;

/** The gaps: regions at the level within `within` that fewer than minPrograms programs reach. The table. */
export const COVERAGE_GAPS = `query CoverageGaps($theme: ID!, $level: RegionLevel, $within: ID, $minPrograms: Int, $remoteOnly: Boolean, $first: Int, $after: String) {
  coverageGaps(theme: $theme, level: $level, within: $within, minPrograms: $minPrograms, remoteOnly: $remoteOnly, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...GapFields }
    rule
  }
}
${GAP_FIELDS}`;

export interface CoverageGapsAnswer {
  coverageGaps: GapsConnection & { rule: string };
}

/**
 * Every region in scope (minPrograms: EVERY_REGION), for the map: its count, its nearest way of
 * being reached, its need, remote or not, and the programs that reach it with their way.
 */
export const COVERAGE_MAP = `query CoverageMap($theme: ID!, $level: RegionLevel, $within: ID, $remoteOnly: Boolean, $every: Int, $first: Int, $after: String) {
  coverageGaps(theme: $theme, level: $level, within: $within, minPrograms: $every, remoteOnly: $remoteOnly, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { ...GapFields }
  }
}
${GAP_FIELDS}`;

export interface CoverageMapAnswer {
  coverageGaps: GapsConnection;
}

/** The theme's and the region's names, for the sentence above the map. */
export const GAPS_NAMES = `query GapsNames($theme: ID!, $within: ID!) {
  theme(id: $theme) { id name }
  region(code: $within) { code name level }
}`;

export interface GapsNamesAnswer {
  theme: { id: string; name: string } | null;
  region: { code: string; name: string; level: string } | null;
}
