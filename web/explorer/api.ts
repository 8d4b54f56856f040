// The explorer's GraphQL: the network view, the agency collaboration view and the lookup.
import { t } from './i18n.js';
import type { Focus, Kind, View } from './types.js';

const VIEW_FIELDS = `nodes { id kind key label distance properties metrics { degree weightedDegree betweenness community } }
  edges { id source target type role weight } truncated selection`;

const NETWORK_QUERY = `query ExplorerNetwork($focus: [NetworkFocus!]!, $depth: Int, $filter: NetworkFilter, $limit: Int) {
  network(focus: $focus, depth: $depth, filter: $filter, limit: $limit) { ${VIEW_FIELDS} }
}`;
const COLLABORATION_QUERY = `query ExplorerCollaboration($theme: ID, $region: ID, $minWeight: Int, $limit: Int) {
  collaborationNetwork(theme: $theme, region: $region, minWeight: $minWeight, limit: $limit) { ${VIEW_FIELDS} }
}`;
/** The API's lookup: names, acronyms, ids and codes, the same matching as the workbench's pickers. */
const LOOKUP_QUERY = `query ExplorerLookup($text: String!, $kinds: [NodeKind!], $first: Int) {
  lookup(text: $text, kinds: $kinds, first: $first) {
    matches { kind key name acronym detail { parent { name } } }
    suggestions { kind key name acronym detail { parent { name } } }
  }
}`;

export interface LookupMatch { kind: Kind; key: string; name: string; acronym: string | null; detail: { parent: { name: string } | null } }
export interface LookupAnswer { matches: LookupMatch[]; suggestions: LookupMatch[] }

class GraphQLError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: { data?: T; errors?: Array<{ message: string }> };
  try {
    body = await response.json() as typeof body;
  } catch {
    throw new GraphQLError(t('error.noJson', { status: response.status }));
  }
  if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  if (!body.data) throw new GraphQLError(t('error.noData', { status: response.status }));
  return body.data;
}

export async function fetchNetwork(focus: Focus[], depth: number, filter: Record<string, unknown> | undefined, limit: number | undefined): Promise<View> {
  return (await graphql<{ network: View }>(NETWORK_QUERY, { focus, depth, filter, limit })).network;
}

export async function fetchCollaboration(variables: { theme?: string; region?: string; minWeight: number; limit?: number }): Promise<View> {
  return (await graphql<{ collaborationNetwork: View }>(COLLABORATION_QUERY, variables)).collaborationNetwork;
}

export async function lookup(text: string, kinds: Kind[], first = 12): Promise<LookupAnswer> {
  return (await graphql<{ lookup: LookupAnswer }>(LOOKUP_QUERY, { text, kinds, first })).lookup;
}

export async function enumValues(enumName: string): Promise<string[]> {
  const data = await graphql<{ type: { enumValues: Array<{ name: string }> } | null }>(
    'query ExplorerEnum($name: String!) { type: __type(name: $name) { enumValues { name } } }', { name: enumName });
  return (data.type?.enumValues ?? []).map((v) => v.name);
}
