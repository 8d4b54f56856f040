// import/upsertLinks: merges a batch of links of one type (one per pair of nodes), setting only
// the properties each row gives, and tells which were created, updated or already as given.
// Created and updated links carry the import run's id (importRun).
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $run: the ImportRun's id. $rows: list of {from, to, props}; validation has checked both ends exist.
// Row: linked (rows whose both ends were found), created, updated, unchanged.
UNWIND $rows AS row
MATCH (a:__From__ {__fromKey__: row.from})
MATCH (b:__To__ {__toKey__: row.to})
OPTIONAL MATCH (a)-[existing:__TYPE__]->(b)
WITH a, b, row, existing IS NULL AS isNew,
     existing IS NOT NULL AND any(k IN keys(row.props)
       WHERE coalesce(existing[k] <> row.props[k], existing[k] IS NOT NULL OR row.props[k] IS NOT NULL)) AS isChanged
MERGE (a)-[r:__TYPE__]->(b)
SET r += row.props
FOREACH (_ IN CASE WHEN isNew OR isChanged THEN [1] ELSE [] END | SET r.importRun = $run)
RETURN count(*) AS linked,
       sum(CASE WHEN isNew THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN isChanged THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN NOT isNew AND NOT isChanged THEN 1 ELSE 0 END) AS unchanged
