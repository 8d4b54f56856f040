// relations/lockReach: one step of locking everything a node reaches in a hierarchy: locks the
// nodes of $keys (as nodes/lock does), then reads where each one's links lead. The caller calls
// it again with the new keys until none are left, so every link it reads starts at a node it
// holds: no concurrent link can grow the set it checks for a loop until it commits.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $keys: keys of the nodes to lock (of the end label). Row: key (a locked node), next (the keys
// it links to with __TYPE__).
UNWIND $keys AS key
MATCH (n:__To__ {__toKey__: key})
SET n._lock_ = true
REMOVE n._lock_
WITH key, n
WHERE n.__toKey__ = key
OPTIONAL MATCH (n)-[:__TYPE__]->(m:__To__)
RETURN n.__toKey__ AS key, collect(m.__toKey__) AS next
