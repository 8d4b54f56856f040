// regions/create: creates a region under its parent (none for the COUNTRY root).
// $props: the region's properties, code included. $parent: the parent's code, or null.
// Row: node, parentLevel (null when there is no parent or it does not exist; then nothing is
// linked, and the caller rolls the transaction back).
OPTIONAL MATCH (p:Region {code: $parent})
CREATE (n:Region)
SET n = $props
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (n)-[:PART_OF]->(p))
RETURN properties(n) AS node, p.level AS parentLevel
