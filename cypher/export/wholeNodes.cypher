// export/wholeNodes: every node of the view kinds, one row each, for a streaming export (no
// ORDER BY, so rows flow to the client as the store yields them instead of being sorted first).
// Params: $labels (the labels of NODE_KINDS). Row: label (the first of $labels it carries),
// properties (its stored properties).
MATCH (n)
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN [l IN labels(n) WHERE l IN $labels][0] AS label, properties(n) AS properties
