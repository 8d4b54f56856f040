// summary/nodeCounts: how many nodes of each of the model's labels, by where they come from, and
// how many relationships of the model's types (ImportRun and IMPORTED_BY are not counted).
// $labels: the model's labels (src/model/labels.ts; the MATCH lists the same ones).
// $types: the model's relationship types. $syntheticRef: the ref of generated demo data.
// Row (one): counts (per label present: {label, total, fromSources: nodes with a source other
// than synthetic, synthetic: nodes whose every source is synthetic, unsourced: nodes with no
// source}), relationships.
CALL () {
  MATCH ()-[r]->() WHERE type(r) IN $types
  RETURN count(r) AS relationships
}
CALL () {
  MATCH (n:Agency|Mandate|Regulation|Program|Theme|Indicator|Region|Partner|Forum|Measurement)
  WITH [l IN labels(n) WHERE l IN $labels][0] AS label, coalesce(n.sourceRefs, []) AS refs
  WITH label,
       count(*) AS total,
       count(CASE WHEN any(ref IN refs WHERE ref <> $syntheticRef) THEN 1 END) AS fromSources,
       count(CASE WHEN size(refs) > 0 AND all(ref IN refs WHERE ref = $syntheticRef) THEN 1 END) AS synthetic,
       count(CASE WHEN size(refs) = 0 THEN 1 END) AS unsourced
  RETURN collect({label: label, total: total, fromSources: fromSources, synthetic: synthetic, unsourced: unsourced}) AS counts
}
RETURN counts, relationships
