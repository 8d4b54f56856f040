// import/createLinks: creates a batch of links of one type that cannot exist yet, because one
// of their ends was created by this import. Each carries the import run's id (importRun).
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $run: the ImportRun's id. $rows: list of {from, to, props}; validation has checked both ends exist.
// Row: linked (rows whose both ends were found, all created).
UNWIND $rows AS row
MATCH (a:__From__ {__fromKey__: row.from})
MATCH (b:__To__ {__toKey__: row.to})
CREATE (a)-[r:__TYPE__]->(b)
SET r += row.props, r.importRun = $run
RETURN count(r) AS linked
