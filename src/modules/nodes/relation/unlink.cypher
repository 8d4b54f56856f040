// relations/unlink: removes the link between two nodes.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $from, $to: keys of both ends. Row: removed (how many links were deleted: 0 or 1), role.
OPTIONAL MATCH (:__From__ {__fromKey__: $from})-[r:__TYPE__]->(:__To__ {__toKey__: $to})
WITH r, r.role AS role
DELETE r
RETURN count(r) AS removed, head(collect(role)) AS role
