// lists/forums: one page of forums, filtered, sorted and counted.
// Filters (each null for "any"): $kind, $member (an agency id).
// $search: a Lucene query on the full-text index name_search (built by src/modules/nodes/fulltext.ts).
// Paging: $sortField (a property name), $descending, $first, $after (the id of the last
// node of the previous page, or null). Ties sort by id, so the order is total.
// Row: totalCount (all matches), start (index of the page's first node; null when $after
// names no node in the result), page (up to $first + 1 nodes: one more tells of a next page).
CALL () {
  UNWIND CASE WHEN $search IS NULL THEN [] ELSE [$search] END AS query
  CALL db.index.fulltext.queryNodes('name_search', query) YIELD node
  RETURN collect(node) AS hits
}
MATCH (n:Forum)
WHERE ($search IS NULL OR n IN hits)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($member IS NULL OR EXISTS { MATCH (:Agency {id: $member})-[:MEMBER_OF]->(n) })
WITH n
ORDER BY CASE WHEN $descending THEN n[$sortField] END DESC,
         CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
         n.id ASC
WITH collect(n) AS matched
WITH matched,
     CASE WHEN $after IS NULL THEN 0
          ELSE [i IN range(0, size(matched) - 1) WHERE matched[i].id = $after][0] + 1 END AS start
RETURN size(matched) AS totalCount, start,
       CASE WHEN start IS NULL THEN [] ELSE [m IN matched[start..start + $first + 1] | properties(m)] END AS page
