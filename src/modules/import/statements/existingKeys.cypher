// import/existingKeys: which of a batch's keys the graph has already, so that the import
// creates the others outright (createNodes) and merges only these (upsertNodes).
// Template slots: __Label__, __key__ (src/model/labels.ts). $keys: list of keys.
// Row: key.
UNWIND $keys AS key
MATCH (n:__Label__ {__key__: key})
RETURN key
