// relations/wouldCycle: whether linking $from -> $to would close a loop in a hierarchy
// (the end already reaches the start, or both are the same node).
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// Row: cycle (boolean).
RETURN EXISTS {
  MATCH (b:__To__ {__toKey__: $to})-[:__TYPE__*0..]->(a:__From__ {__fromKey__: $from})
} AS cycle
