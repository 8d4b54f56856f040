// export/wholeNodes: every node of the view kinds, one row each, for a streaming export (no
// ORDER BY, so rows flow to the client as the store yields them instead of being sorted first).
// Params: $labels (the labels of NODE_KINDS), $types (STORED_EDGE_TYPES), $withDegree (whether
// to count each node's degree: the formats that write metrics need it). Row: label (the first of
// $labels it carries), properties (its stored properties), degree (the relationships of $types
// between it and nodes of $labels, either direction, as export/wholeEdges yields them; 0 when
// not asked for).
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, properties(n) AS properties,
       CASE WHEN $withDegree
         THEN COUNT { (n)-[r]-(m) WHERE type(r) IN $types AND any(l IN labels(m) WHERE l IN $labels) }
         ELSE 0 END AS degree
