// nodes/update: sets properties of one node; a null value removes that property.
// Template slots: __Label__, __key__. $key: the node's key. $props: the properties to set.
// Row: node (none when no node has that key).
MATCH (n:__Label__ {__key__: $key})
SET n += $props
RETURN properties(n) AS node
