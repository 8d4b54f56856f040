// import/cycles: nodes among $keys that an import left on a loop of a hierarchy that must
// have none (a theme PART_OF itself, an agency REPORTS_TO itself through others).
// Template slots: __Label__, __key__, __TYPE__. $keys: the nodes the import linked.
// Row: key.
UNWIND $keys AS key
MATCH (n:__Label__ {__key__: key})
WHERE EXISTS { MATCH (n)-[:__TYPE__*1..]->(n) }
RETURN key
ORDER BY key
LIMIT 20
