// network/edges: the stored relationships among the nodes of a view.
// Parameters: $nodes (elementIds of the view's nodes), $types (relationship types to keep:
// from the allow-list).
// Rows: source, target (elementIds; the relationship's own direction), type, role (the
// relationship's role property, or null).
MATCH (a) WHERE elementId(a) IN $nodes
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND elementId(b) IN $nodes
RETURN elementId(a) AS source, elementId(b) AS target, type(r) AS type, r.role AS role

