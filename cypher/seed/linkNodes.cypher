// seed/linkNodes: links a batch of node pairs with one relationship type, once per pair;
// loading the same rows twice changes nothing.
// Template slots: __From__, __fromKey__, __TYPE__, __To__, __toKey__ (src/model/relations.ts).
// $rows: list of {from, to, props}; from and to are keys, props the relationship's properties
// (role where it has one, sourceRefs, sourceTitles).
// Row: linked (rows whose both ends exist), missing (up to 5 'from -> to' pairs with an end
// that does not exist; the caller rolls the batch back when there is one).
UNWIND $rows AS row
OPTIONAL MATCH (a:__From__ {__fromKey__: row.from})
OPTIONAL MATCH (b:__To__ {__toKey__: row.to})
FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN [1] ELSE [] END |
  MERGE (a)-[r:__TYPE__]->(b)
  SET r += row.props
)
RETURN sum(CASE WHEN a IS NOT NULL AND b IS NOT NULL THEN 1 ELSE 0 END) AS linked,
       collect(CASE WHEN a IS NULL OR b IS NULL THEN row.from + ' -> ' + row.to END)[..5] AS missing
