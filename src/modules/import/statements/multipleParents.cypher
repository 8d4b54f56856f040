// import/multipleParents: nodes among $keys that an import left with more than one parent
// through a hierarchy whose nodes have one parent at most (a theme's PART_OF).
// Template slots: __Label__, __key__, __TYPE__. $keys: the nodes the import linked.
// Row: key, parents (their keys).
UNWIND $keys AS key
MATCH (n:__Label__ {__key__: key})-[:__TYPE__]->(parent:__Label__)
WITH key, collect(parent.__key__) AS parents
WHERE size(parents) > 1
RETURN key, parents
ORDER BY key
LIMIT 20
