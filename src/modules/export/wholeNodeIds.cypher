// export/wholeNodeIds: the id (`Label:key` parts) of every node of the view kinds, in store
// order, for measuring the whole graph before it is written (src/modules/export/wholeMetrics.ts).
// Params: $labels (the labels of NODE_KINDS), $keys (label -> key property). Row: label, key.
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
WITH n, [l IN labels(n) WHERE l IN $labels][0] AS label
RETURN label, toString(n[$keys[label]]) AS key
