/** The GraphQL documents of the soak: the ordinary query it times, and the clients' mixed load. */

/** The query whose latency stands for "everyone else": one agency by id, a handful of fields. */
export const ORDINARY_QUERY = '{ agency(id: "bappenas") { id name acronym kind level } }';

export const READS = {
  agency: 'query Agency($id: ID!) { agency(id: $id) { id name acronym kind level programs { role program { id name } } } }',
  program: 'query Program($id: ID!) { program(id: $id) { id name status startYear endYear agencies { role agency { id name } } themes { id } } }',
  agencies: 'query Agencies($kind: AgencyKind) { agencies(filter: { kind: $kind }, first: 20) { totalCount nodes { id name } } }',
  programs: 'query Programs($status: ProgramStatus) { programs(filter: { status: $status }, first: 20) { totalCount nodes { id name startYear } } }',
} as const;

export const ANALYSES = {
  coverageGaps: 'query Gaps($theme: ID!) { coverageGaps(theme: $theme, level: PROVINCE, first: 20) { totalCount nodes { region { code name } } } }',
  programOverlaps: 'query Overlaps { programOverlaps(first: 10) { totalCount nodes { score } } }',
  network: 'query Net($key: ID!) { network(focus: [{ kind: AGENCY, key: $key }], depth: 2, limit: 200) { truncated nodes { id metrics { degree community } } edges { id } } }',
  collaborationNetwork: 'query Collab($theme: ID) { collaborationNetwork(theme: $theme, limit: 100) { nodes { id } edges { id weight } } }',
} as const;

export const WRITES = {
  createAgency: 'mutation CreateAgency($input: CreateAgencyInput!) { createAgency(input: $input) { id name } }',
  updateAgency: 'mutation UpdateAgency($id: ID!, $input: UpdateAgencyInput!) { updateAgency(id: $id, input: $input) { id name } }',
  createProgram: 'mutation CreateProgram($input: CreateProgramInput!) { createProgram(input: $input) { id name } }',
  updateProgram: 'mutation UpdateProgram($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id name startYear endYear } }',
} as const;

/** Ids the load picks from: some agencies, programs and themes of the demo graph. */
export const SAMPLE_IDS = '{ agencies(first: 60) { nodes { id } } programs(first: 60) { nodes { id } } themes(first: 20) { nodes { id } } }';
