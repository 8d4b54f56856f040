// relations/neighboursIn: for a batch of end nodes, the nodes that link to each one.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $keys: keys of the end nodes.
// Row: key (of the end node), node (the linking node's properties), role (null when the link has none).
UNWIND $keys AS key
MATCH (:__To__ {__toKey__: key})<-[r:__TYPE__]-(b:__From__)
RETURN key, properties(b) AS node, r.role AS role
ORDER BY key, coalesce(b.name, b.title, toString(b.year)), b.__fromKey__
