// measurements/set: creates or updates the measurement of an indicator for a year (and region).
// The caller has checked, in the same transaction, that the indicator and region exist.
// $id: the measurement's key (indicator:year:region). $indicator, $year, $region (code or null).
// $props: the properties to set (target, actual, sources; a null removes one). Row: node.
MATCH (i:Indicator {id: $indicator})
OPTIONAL MATCH (r:Region {code: $region})
MERGE (m:Measurement {id: $id})
  ON CREATE SET m.year = $year, m.regionCode = $region
SET m += $props
MERGE (i)-[:HAS_MEASUREMENT]->(m)
FOREACH (_ IN CASE WHEN r IS NULL THEN [] ELSE [1] END | MERGE (m)-[:MEASURED_IN]->(r))
RETURN properties(m) AS node
