// analysis/peers: the agencies of the same kind as an agency that have a performance on a
// theme, with what the similarity score needs. The rule (performance, similarity, order):
// peers.rule.md beside this file; scores, filters and sorting: peers.ts.
// Parameters: $agency (an id), $theme (an id).
// Row (one): agencyFound, themeFound, theme (its properties or null),
// agency: the asked agency's entry (null when it does not exist), candidates: the entries of
// the other agencies of its kind with such measurements. An entry: agency (properties),
// jurisdiction (region code or null), province (code of the province its jurisdiction lies in,
// itself for a province), remote (outermostIslandCount > 0), districts (DISTRICT regions below
// the jurisdiction), themes (the distinct themes its programs ADDRESS), points (per indicator
// and region, the latest year with both a target and an actual: indicator, year, region,
// target, actual).
OPTIONAL MATCH (a:Agency {id: $agency})
OPTIONAL MATCH (theme:Theme {id: $theme})
CALL (a, theme) {
  MATCH (theme)<-[:PART_OF*0..]-(:Theme)<-[:ADDRESSES]-(:Program)-[:MEASURED_BY]->(i:Indicator)
  WITH DISTINCT i
  MATCH (i)-[:HAS_MEASUREMENT]->(m:Measurement)-[:MEASURED_IN]->(r:Region)<-[:JURISDICTION]-(b:Agency)
  WHERE b.kind = a.kind AND m.target IS NOT NULL AND m.actual IS NOT NULL
  WITH b, i, r, m ORDER BY m.year DESC
  WITH b, i, r, head(collect(m)) AS latest
  ORDER BY i.id, r.code
  WITH b, collect({indicator: properties(i), year: latest.year, region: properties(r), target: latest.target, actual: latest.actual}) AS points
  RETURN collect({agency: b, points: points}) AS measured
}
CALL (a, measured) {
  UNWIND CASE WHEN a IS NULL THEN [] ELSE
    [{agency: a, points: coalesce([x IN measured WHERE x.agency = a | x.points][0], [])}] + [x IN measured WHERE x.agency <> a]
  END AS entry
  WITH entry.agency AS b, entry.points AS points
  CALL (b) {
    OPTIONAL MATCH (b)-[:JURISDICTION]->(r:Region)
    RETURN r AS home ORDER BY r.code LIMIT 1
  }
  RETURN collect({
    agency: properties(b),
    jurisdiction: home.code,
    province: CASE WHEN home IS NULL THEN null ELSE [(home)-[:PART_OF*0..]->(province:Region {level: 'PROVINCE'}) | province.code][0] END,
    remote: coalesce(home.outermostIslandCount, 0) > 0,
    districts: CASE WHEN home IS NULL THEN 0 ELSE COUNT { MATCH (home)<-[:PART_OF*1..]-(d:Region {level: 'DISTRICT'}) } END,
    themes: COLLECT { MATCH (b)-[:PARTICIPATES_IN]->(:Program)-[:ADDRESSES]->(t:Theme) WITH DISTINCT t ORDER BY t.id RETURN properties(t) },
    points: points
  }) AS entries
}
RETURN a IS NOT NULL AS agencyFound, theme IS NOT NULL AS themeFound, properties(theme) AS theme,
       [e IN entries WHERE e.agency.id = $agency][0] AS agency,
       [e IN entries WHERE e.agency.id <> $agency] AS candidates
