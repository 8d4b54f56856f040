// import/createNodes: creates a batch of nodes of one label that the graph does not have yet
// (existingKeys said so, inside the same transaction), each pointing to the import run
// (IMPORTED_BY). The cheap path of a first import: no lookup before the write, no merge.
// Template slots: __Label__, __key__ (src/model/labels.ts).
// $run: the ImportRun's id. $rows: list of {key, props}.
// Row: created.
MATCH (run:ImportRun {id: $run})
UNWIND $rows AS row
CREATE (n:__Label__ {__key__: row.key})
SET n += row.props
CREATE (n)-[:IMPORTED_BY]->(run)
RETURN count(n) AS created
