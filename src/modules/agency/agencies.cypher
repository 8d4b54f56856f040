// agencies: the agencies list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $kind, $level, $theme (with sub-themes, through programs or mandates), $region (code; jurisdiction within it).
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Agency)
WHERE ($search IS NULL OR n IN hits)
  AND ($kind IS NULL OR n.kind = $kind)
  AND ($level IS NULL OR n.level = $level)
  AND ($region IS NULL OR EXISTS {
        MATCH (n)-[:JURISDICTION]->(:Region)-[:PART_OF*0..]->(:Region {code: $region}) })
  AND ($theme IS NULL
       OR EXISTS { MATCH (n)-[:PARTICIPATES_IN]->(:Program)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) }
       OR EXISTS { MATCH (n)-[:HOLDS]->(:Mandate)-[:CONCERNS]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
