// partners: the partners list's own part, its MATCH and WHERE, which yield `n`.
// listStore.ts joins it between the search head (src/modules/nodes/listHead.cypher, which
// yields `hits`) and the paging tail (src/modules/nodes/listTail.cypher: sort, count, page).
// Filters (each null for "any"): $helix, $program.
// $search: the head's Lucene query; when it is not null, only its `hits` are kept.
MATCH (n:Partner)
WHERE ($search IS NULL OR n IN hits)
  AND ($helix IS NULL OR n.helix = $helix)
  AND ($program IS NULL OR EXISTS { MATCH (n)-[:PARTNERS_IN]->(:Program {id: $program}) })
