/** The home page: what the graph holds (docs/api-lookup.md describes graphSummary). */
export const GRAPH_SUMMARY = `query GraphSummary {
  graphSummary {
    counts { label kind total fromSources synthetic unsourced }
    relationships
    articles { ref title nodes }
  }
}`;

export interface KindCount { label: string; kind: string | null; total: number; fromSources: number; synthetic: number; unsourced: number }
export interface GraphSummaryAnswer {
  graphSummary: {
    counts: KindCount[];
    relationships: number;
    articles: Array<{ ref: string; title: string; nodes: number }>;
  };
}
