// listHead: the head of every list statement (listStore.ts puts it before the list's own MATCH
// and WHERE, e.g. src/modules/agency/agencies.cypher): the nodes a full-text search finds.
// $search: a Lucene query on the full-text index name_search (built by fulltext.ts), or null.
// Yields: hits (the nodes found; empty when $search is null).
CALL () {
  UNWIND CASE WHEN $search IS NULL THEN [] ELSE [$search] END AS query
  CALL db.index.fulltext.queryNodes('name_search', query) YIELD node
  RETURN collect(node) AS hits
}
