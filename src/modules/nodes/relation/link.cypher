// relations/link: links two existing nodes, once; a second link only updates its role.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $from, $to: keys of both ends. $role: the role, or null for relationships without one.
// Row: fromExists, toExists (nothing is written unless both are true), role.
OPTIONAL MATCH (a:__From__ {__fromKey__: $from})
OPTIONAL MATCH (b:__To__ {__toKey__: $to})
FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:__TYPE__]->(b)
  SET r.role = $role
)
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, $role AS role
