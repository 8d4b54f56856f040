// indicators: the indicators list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $program, $theme (indicators of programs on it or its sub-themes).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Indicator)
WHERE ($search IS NULL OR n IN hits)
  AND ($program IS NULL OR EXISTS { MATCH (:Program {id: $program})-[:MEASURED_BY]->(n) })
  AND ($theme IS NULL OR EXISTS {
        MATCH (n)<-[:MEASURED_BY]-(:Program)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
