// nodes/create: creates one node. The uniqueness constraint on the key refuses a duplicate.
// Template slots: __Label__. $props: the node's properties, key included. Row: node.
CREATE (n:__Label__)
SET n = $props
RETURN properties(n) AS node
