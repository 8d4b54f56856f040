// nodes/lock: takes the write lock on nodes of one label before anything about them is read, so
// that a check on what they hold (a rule across fields, "does it still exist") cannot race
// another write: Neo4j's documented way, a property set and removed, which leaves the node as it
// was and holds the lock until the transaction ends. A node deleted while this waited for its
// lock yields no row (the WHERE: a deleted node has no key left to read). Properties are read
// once the lock is held, so they are the latest committed.
// Template slots: __Label__, __key__. $keys: keys to lock, in a fixed order (fewer deadlocks).
// Row: key, node (its properties), one per node that exists.
UNWIND $keys AS key
MATCH (n:__Label__ {__key__: key})
SET n._lock_ = true
REMOVE n._lock_
WITH key, n
WHERE n.__key__ = key
RETURN key, properties(n) AS node
