// seed/countLinksByType: how many relationships there are of each of the model's types
// (IMPORTED_BY, the provenance of imports, is not counted).
// $types: the model's relationship types. Row: type, count.
MATCH ()-[r]->()
WITH type(r) AS type
WHERE type IN $types
RETURN type, count(*) AS count
ORDER BY type
