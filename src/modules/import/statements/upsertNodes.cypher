// import/upsertNodes: merges a batch of nodes of one label on their key, setting only the
// properties each row gives (a null removes one), and tells which were created, updated or
// already as given. Created and updated nodes point to the import run (IMPORTED_BY).
// Template slots: __Label__, __key__ (src/model/labels.ts).
// $run: the ImportRun's id. $rows: list of {key, props}.
// Row: created, updated, unchanged (counts over the batch).
MATCH (run:ImportRun {id: $run})
UNWIND $rows AS row
OPTIONAL MATCH (existing:__Label__ {__key__: row.key})
WITH run, row, existing IS NULL AS isNew,
     existing IS NOT NULL AND any(k IN keys(row.props)
       WHERE coalesce(existing[k] <> row.props[k], existing[k] IS NOT NULL OR row.props[k] IS NOT NULL)) AS isChanged
MERGE (n:__Label__ {__key__: row.key})
SET n += row.props
FOREACH (_ IN CASE WHEN isNew OR isChanged THEN [1] ELSE [] END | CREATE (n)-[:IMPORTED_BY]->(run))
RETURN sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged
