// relations/neighboursOut: for a batch of start nodes, the nodes each one links to.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $keys: keys of the start nodes.
// Row: key (of the start node), node (the neighbour's properties), role (null when the link has none).
UNWIND $keys AS key
MATCH (:__From__ {__fromKey__: key})-[r:__TYPE__]->(b:__To__)
RETURN key, properties(b) AS node, r.role AS role
ORDER BY key, coalesce(b.name, b.title, toString(b.year)), b.__toKey__
