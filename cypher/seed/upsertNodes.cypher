// seed/upsertNodes: creates or updates a batch of nodes of one label, keyed on the label's key,
// so loading the same rows twice changes nothing.
// Template slots: __Label__, __key__ (src/model/labels.ts).
// $rows: list of {key, props}; props holds every other property (a null removes it).
// Row: written (how many rows were applied: the batch size).
UNWIND $rows AS row
MERGE (n:__Label__ {__key__: row.key})
SET n += row.props
RETURN count(n) AS written
