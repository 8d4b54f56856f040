// nodes/delete: deletes one node and its relationships, and its measurements when it is an
// indicator or a region (they mean nothing without it; a regional figure left without its
// region would read as a national one).
// Template slots: __Label__, __key__. $key: the node's key. Row: deleted (0 or 1).
OPTIONAL MATCH (n:__Label__ {__key__: $key})
OPTIONAL MATCH (n)-[:HAS_MEASUREMENT|MEASURED_IN]-(m:Measurement)
DETACH DELETE m
WITH DISTINCT n
DETACH DELETE n
RETURN count(n) AS deleted
