// mandates: the mandates list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $agency (holder), $theme (with sub-themes), $regulation (granting it).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Mandate)
WHERE ($search IS NULL OR n IN hits)
  AND ($agency IS NULL OR EXISTS { MATCH (:Agency {id: $agency})-[:HOLDS]->(n) })
  AND ($regulation IS NULL OR EXISTS { MATCH (n)-[:GRANTED_BY]->(:Regulation {id: $regulation}) })
  AND ($theme IS NULL OR EXISTS { MATCH (n)-[:CONCERNS]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
