// themes: the themes list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $parent (direct children of it), $rootsOnly (true: only themes without a parent).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Theme)
WHERE ($search IS NULL OR n IN hits)
  AND ($parent IS NULL OR EXISTS { MATCH (n)-[:PART_OF]->(:Theme {id: $parent}) })
  AND (coalesce($rootsOnly, false) = false OR NOT EXISTS { MATCH (n)-[:PART_OF]->(:Theme) })
