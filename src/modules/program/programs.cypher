// lists/programs: one page of programs, filtered, sorted and counted.
// Filters (each null for "any"): $track, $status, $theme (with sub-themes), $region (code; covering it or a sub-region directly), $agency, $helix, $activeIn (a year).
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
// The candidates: the theme's programs, else the region's, else all; every filter is checked below.
CALL () {
  // Start from the most selective filter given, never from every program when one is:
  UNWIND CASE WHEN $theme IS NOT NULL THEN [1] ELSE [] END AS go
  MATCH (:Theme {id: $theme})<-[:PART_OF*0..]-(:Theme)<-[:ADDRESSES]-(n:Program)
  RETURN DISTINCT n
  UNION
  UNWIND CASE WHEN $theme IS NULL AND $region IS NOT NULL THEN [1] ELSE [] END AS go
  MATCH (:Region {code: $region})<-[:PART_OF*0..]-(:Region)<-[:COVERS]-(n:Program)
  RETURN DISTINCT n
  UNION
  UNWIND CASE WHEN $theme IS NULL AND $region IS NULL THEN [1] ELSE [] END AS go
  MATCH (n:Program)
  RETURN n
}
WITH hits, n
WHERE ($search IS NULL OR n IN hits)
  AND ($track IS NULL OR n.track = $track)
  AND ($status IS NULL OR n.status = $status)
  AND ($activeIn IS NULL OR (coalesce(n.startYear, $activeIn) <= $activeIn AND coalesce(n.endYear, $activeIn) >= $activeIn))
  AND ($agency IS NULL OR EXISTS { MATCH (:Agency {id: $agency})-[:PARTICIPATES_IN]->(n) })
  AND ($helix IS NULL OR EXISTS { MATCH (:Partner {helix: $helix})-[:PARTNERS_IN]->(n) })
  AND ($theme IS NULL OR EXISTS { MATCH (n)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
  AND ($region IS NULL OR EXISTS { MATCH (n)-[:COVERS]->(:Region)-[:PART_OF*0..]->(:Region {code: $region}) })
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
