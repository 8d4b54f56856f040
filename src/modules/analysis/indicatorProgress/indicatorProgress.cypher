// analysis/indicatorProgress: the targets and actuals of the indicators in one scope, by year.
// The rule (which points, achievement, status): indicatorProgress.rule.md beside this file.
// Parameters: one of $program (id), $theme (id) or $region (code); the other two are null.
// Row (always exactly one): found (the node named exists), points: per measurement with a target
// or an actual, sorted by indicator name (then id), year, region code (national first):
// indicator (id), year, target, actual, region (code, null for a national figure); indicators and
// regions: the properties of each one the points name, once.
// Each branch runs only for the scope asked (an empty UNWIND skips it), so no branch scans
// every indicator to find that its parameter is null.
CALL () {
  UNWIND CASE WHEN $program IS NULL THEN [] ELSE [1] END AS go
  MATCH (:Program {id: $program})-[:MEASURED_BY]->(i:Indicator)-[:HAS_MEASUREMENT]->(m:Measurement)
  RETURN i, m
  UNION
  // Many programs share an indicator: each indicator's measurements are read once.
  UNWIND CASE WHEN $theme IS NULL THEN [] ELSE [1] END AS go
  MATCH (:Theme {id: $theme})<-[:PART_OF*0..]-(:Theme)<-[:ADDRESSES]-(:Program)-[:MEASURED_BY]->(i:Indicator)
  WITH DISTINCT i
  MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement)
  RETURN i, m
  UNION
  UNWIND CASE WHEN $region IS NULL THEN [] ELSE [1] END AS go
  MATCH (:Region {code: $region})<-[:PART_OF*0..]-(:Region)<-[:MEASURED_IN]-(m:Measurement)<-[:HAS_MEASUREMENT]-(i:Indicator)
  RETURN i, m
  UNION
  UNWIND CASE WHEN $region = 'ID' THEN [1] ELSE [] END AS go
  MATCH (i:Indicator)-[:HAS_MEASUREMENT]->(m:Measurement)
  WHERE m.regionCode IS NULL
  RETURN i, m
}
WITH i, m
WHERE m.target IS NOT NULL OR m.actual IS NOT NULL
OPTIONAL MATCH (m)-[:MEASURED_IN]->(r:Region)
WITH i, m, r
ORDER BY i.name, i.id, m.year, coalesce(r.code, '')
WITH collect({indicator: i.id, year: m.year, target: m.target, actual: m.actual, region: r.code}) AS points,
     collect(DISTINCT i) AS indicators, collect(DISTINCT r) AS regions
RETURN EXISTS { MATCH (:Program {id: $program}) } OR EXISTS { MATCH (:Theme {id: $theme}) }
       OR EXISTS { MATCH (:Region {code: $region}) } AS found,
       points, [x IN indicators | properties(x)] AS indicators, [x IN regions | properties(x)] AS regions
