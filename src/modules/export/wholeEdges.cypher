// export/wholeEdges: every relationship of the allowed types between nodes of the view kinds,
// one row each, streamed in store order (no ORDER BY).
// Params: $labels (the labels of NODE_KINDS), $types (STORED_EDGE_TYPES), $keys (label -> key
// property). Row: sourceLabel, sourceKey, type, targetLabel, targetKey, role (or null).
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND any(l IN labels(a) WHERE l IN $labels)
  AND any(l IN labels(b) WHERE l IN $labels)
WITH a, r, b,
     [l IN labels(a) WHERE l IN $labels][0] AS sourceLabel,
     [l IN labels(b) WHERE l IN $labels][0] AS targetLabel
RETURN sourceLabel, toString(a[$keys[sourceLabel]]) AS sourceKey, type(r) AS type,
       targetLabel, toString(b[$keys[targetLabel]]) AS targetKey, r.role AS role
