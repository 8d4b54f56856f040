/** The pickers: every theme (a short list) and, for names, the lookup by what the analyst types. */
export const THEME_OPTIONS = `query ThemeOptions {
  themes(first: 100, orderBy: { field: NAME, direction: ASC }) { nodes { id name parent { id } } }
}`;

export interface ThemeOptionsAnswer {
  themes: { nodes: Array<{ id: string; name: string; parent: { id: string } | null }> };
}

/** The name of a chosen key, to show it in the picker when the page opens from a link. */
export const NODE_NAME = `query NodeName($agency: ID!, $region: ID!, $program: ID!, $partner: ID!, $forum: ID!, $theme: ID!) {
  agency(id: $agency) { id name acronym }
  region(code: $region) { code name level }
  program(id: $program) { id name }
  partner(id: $partner) { id name }
  forum(id: $forum) { id name }
  theme(id: $theme) { id name }
}`;

export interface NodeNameAnswer {
  agency: { id: string; name: string; acronym: string | null } | null;
  region: { code: string; name: string; level: string } | null;
  program: { id: string; name: string } | null;
  partner: { id: string; name: string } | null;
  forum: { id: string; name: string } | null;
  theme: { id: string; name: string } | null;
}

/** Nodes by what the analyst types: name, acronym, id or code (see docs/api-lookup.md). */
export const LOOKUP = `query Lookup($text: String!, $kinds: [NodeKind!], $first: Int) {
  lookup(text: $text, kinds: $kinds, first: $first) {
    matches { ...LookupMatchFields }
    suggestions { ...LookupMatchFields }
  }
}
fragment LookupMatchFields on LookupMatch {
  kind key name acronym
  detail { regionLevel agencyKind governmentLevel startYear endYear year parent { kind key name } }
}`;

export interface LookupDetail {
  regionLevel: string | null;
  agencyKind: string | null;
  governmentLevel: string | null;
  startYear: number | null;
  endYear: number | null;
  year: number | null;
  parent: { kind: string; key: string; name: string } | null;
}
export interface LookupMatch { kind: string; key: string; name: string; acronym: string | null; detail?: LookupDetail }
export interface LookupAnswer { lookup: { matches: LookupMatch[]; suggestions: LookupMatch[] } }
