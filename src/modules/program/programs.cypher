// programs: the programs list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $track, $status, $theme (with sub-themes), $region (code; covering it or a sub-region directly), $agency, $helix, $activeIn (a year).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
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
