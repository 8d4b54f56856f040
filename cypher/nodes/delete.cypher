// nodes/delete: deletes one node and its relationships, and its measurements when it is an
// indicator (they mean nothing without it).
// Template slots: __Label__, __key__. $key: the node's key. Row: deleted (0 or 1).
OPTIONAL MATCH (n:__Label__ {__key__: $key})
OPTIONAL MATCH (n)-[:HAS_MEASUREMENT]->(m:Measurement)
DETACH DELETE m
WITH DISTINCT n
DETACH DELETE n
RETURN count(n) AS deleted
