// import/missingKeys: which of the given keys no node of a label has.
// Template slots: __Label__, __key__ (src/model/labels.ts).
// $keys: list of keys. Row: missing (the keys with no node).
UNWIND $keys AS key
OPTIONAL MATCH (n:__Label__ {__key__: key})
WITH key, n
WHERE n IS NULL
RETURN collect(key) AS missing
