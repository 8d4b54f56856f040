// nodes/byKeys: the nodes of one label whose key is in a batch of keys.
// Template slots: __Label__, __key__ (from src/model/labels.ts).
// $keys: list of keys. Row: key, node (all properties).
UNWIND $keys AS key
MATCH (n:__Label__ {__key__: key})
RETURN key, properties(n) AS node
