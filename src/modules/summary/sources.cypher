// summary/sources: the sources other than synthetic that nodes of the model cite, each (ref,
// title) pair once, with how many nodes cite it.
// $syntheticRef: the ref of generated demo data. Row: ref, title, nodes. By title, then ref.
MATCH (n:Agency|Mandate|Regulation|Program|Theme|Indicator|Region|Partner|Forum|Measurement)
WHERE size(coalesce(n.sourceRefs, [])) > 0
UNWIND range(0, size(n.sourceRefs) - 1) AS i
WITH n, n.sourceRefs[i] AS ref, coalesce(n.sourceTitles[i], '') AS title
WHERE ref <> $syntheticRef
RETURN ref, title, count(DISTINCT n) AS nodes
ORDER BY title, ref
