// network/collaboration: the derived agency collaboration network. The rule (who collaborates,
// weight, ranking, truncation): collaborationNetwork.rule.md beside this file.
// Parameters: $theme (an id or null), $region (a code or null), $minWeight (keep pairs sharing
// at least this many programs), $limit (at most this many agencies).
// One row: themeKnown, regionKnown (false when the id given names no node), truncated (more
// agencies had a pair than $limit), agencies (properties, in rank order) and pairs
// ({source, target, weight}, source the smaller id, among the kept agencies).
WITH ($theme IS NULL OR EXISTS { MATCH (:Theme {id: $theme}) }) AS themeKnown,
     ($region IS NULL OR EXISTS { MATCH (:Region {code: $region}) }) AS regionKnown
CALL () {
  MATCH (p:Program)
  WHERE ($theme IS NULL OR EXISTS { MATCH (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
    AND ($region IS NULL OR EXISTS {
          MATCH (p)-[:COVERS]->(c:Region)
          WHERE EXISTS { MATCH (c)-[:PART_OF*0..]->(:Region {code: $region}) }
             OR EXISTS { MATCH (:Region {code: $region})-[:PART_OF*0..]->(c) }
        })
  MATCH (a:Agency)-[:PARTICIPATES_IN]->(p)<-[:PARTICIPATES_IN]-(b:Agency)
  WHERE a.id < b.id
  WITH a, b, count(DISTINCT p) AS weight
  WHERE weight >= $minWeight
  RETURN collect({a: a, b: b, weight: weight}) AS kept
}
CALL (kept) {
  UNWIND kept AS pair
  UNWIND [pair.a, pair.b] AS agency
  WITH agency, sum(pair.weight) AS strength
  ORDER BY strength DESC, agency.id
  RETURN collect(agency) AS ranked
}
WITH themeKnown, regionKnown, kept, ranked[..toInteger($limit)] AS chosen, size(ranked) > $limit AS truncated
WITH themeKnown, regionKnown, kept, chosen, truncated, [x IN chosen | x.id] AS chosenIds
RETURN themeKnown, regionKnown, truncated,
       [x IN chosen | properties(x)] AS agencies,
       [pair IN kept WHERE pair.a.id IN chosenIds AND pair.b.id IN chosenIds
          | {source: pair.a.id, target: pair.b.id, weight: pair.weight}] AS pairs
