// export/wholePropertyTypes: the stored property names of the view's nodes and the Cypher value
// types each holds, so GraphML <key>s, GEXF <attributes> and the CSV header can be declared
// before the first node is written. One pass; only the distinct (name, type) pairs are kept.
// Params: $labels (the labels of NODE_KINDS). Row: name, types (e.g. ['STRING NOT NULL']).
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
UNWIND keys(n) AS name
WITH name, valueType(n[name]) AS type
RETURN name, collect(DISTINCT type) AS types
ORDER BY name
