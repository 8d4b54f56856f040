// regions: the regions list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $level, $within (a code: its sub-regions at any depth), $remote (has outermost small islands or not).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Region)
WHERE ($search IS NULL OR n IN hits)
  AND ($level IS NULL OR n.level = $level)
  AND ($remote IS NULL OR (coalesce(n.outermostIslandCount, 0) > 0) = $remote)
  AND ($within IS NULL OR EXISTS { MATCH (n)-[:PART_OF*1..]->(:Region {code: $within}) })
