// forums: the forums list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $kind, $member (an agency id).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Forum)
WHERE ($search IS NULL OR n IN hits)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($member IS NULL OR EXISTS { MATCH (:Agency {id: $member})-[:MEMBER_OF]->(n) })
