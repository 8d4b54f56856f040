// export/wholeCounts: how many nodes and relationships a whole-graph export will write (for the
// progress bar; counts come from the store's statistics where the planner can use them).
// Params: $labels, $types (as in export/wholeNodes and export/wholeEdges). Row: nodes, edges.
CALL () {
  MATCH (n)
  WHERE any(l IN labels(n) WHERE l IN $labels)
  RETURN count(n) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types
    AND any(l IN labels(a) WHERE l IN $labels)
    AND any(l IN labels(b) WHERE l IN $labels)
  RETURN count(r) AS edges
}
RETURN nodes, edges
