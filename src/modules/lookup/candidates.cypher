// lookup/candidates: the nodes a lookup may answer with, before src/modules/lookup/rank.ts orders them.
// $query: a Lucene query for the full-text index name_lookup (src/modules/lookup/luceneQuery.ts), or null.
// $keys: ids or codes to take as they are, whatever the index says (the typed text, trimmed).
// $labels: the labels asked for (from the fixed allow-list). $limit: full-text hits to take, best first.
// Row: label, props (the node's properties), score (Lucene's; 0 for a node found by its key
// alone), parent ({label, key, name} of the region or theme it is PART_OF, or null).
CALL () {
  UNWIND CASE WHEN $query IS NULL THEN [] ELSE [$query] END AS q
  CALL db.index.fulltext.queryNodes('name_lookup', q, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  MATCH (node:Agency) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Mandate) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Regulation) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Program) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Theme) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Indicator) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Region) WHERE node.code IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Partner) WHERE node.id IN $keys RETURN node, null AS score
  UNION ALL
  MATCH (node:Forum) WHERE node.id IN $keys RETURN node, null AS score
}
WITH node, max(score) AS score
WITH node, score, [label IN labels(node) WHERE label IN $labels][0] AS label
WHERE label IS NOT NULL
RETURN label, properties(node) AS props, coalesce(score, 0.0) AS score,
       [(node)-[:PART_OF]->(up) | {label: [l IN labels(up) WHERE l IN ['Region', 'Theme']][0], key: coalesce(up.code, up.id), name: up.name}][0] AS parent
