// relations/targets: the keys a node already links to with one relationship type.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $from: the start node's key. Row: key (of each end node).
MATCH (:__From__ {__fromKey__: $from})-[:__TYPE__]->(b:__To__)
RETURN b.__toKey__ AS key
