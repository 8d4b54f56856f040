/** The home page: what the graph holds (docs/api-lookup.md describes graphSummary). */
export const GRAPH_SUMMARY = `query GraphSummary {
  graphSummary {
    kinds { kind total fromSources synthetic }
    relationships
    articles { ref title count }
  }
}`;

export interface GraphSummaryAnswer {
  graphSummary: {
    kinds: Array<{ kind: string; total: number; fromSources: number; synthetic: number }>;
    relationships: number;
    articles: Array<{ ref: string; title: string; count: number }>;
  };
}
