/** The home page: what the graph holds (see docs/api-lookup.md for graphSummary). */
export const ENTRY_THEMES = `query WorkbenchThemes {
  themes(first: 100, orderBy: { field: NAME, direction: ASC }) { nodes { id name parent { id } } }
}`;

export interface ThemesAnswer {
  themes: { nodes: Array<{ id: string; name: string; parent: { id: string } | null }> };
}
