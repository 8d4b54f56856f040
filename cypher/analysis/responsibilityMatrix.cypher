// analysis/responsibilityMatrix: who takes part, in which role, in the programs on each theme.
// $themes (theme ids, or null for every theme), $within (region code or null), $level
// (GovernmentLevel of the agencies shown, or null for any).
// A program counts for a theme when it addresses the theme or one of its sub-themes and, with
// $within, when it reaches that region (covers it or a region above it) or covers a region below it.
// Row (always exactly one): withinFound (true when $within is null or exists),
//   columns: one map per theme found: theme (properties), programCount (programs counted),
//   led (whether any agency, of any level, takes the LEAD role in one of them),
//   participations: one map per agency (of $level) and program: agency (properties), program (id), roles.
OPTIONAL MATCH (w:Region {code: $within})
CALL () {
  MATCH (t:Theme)
  WHERE $themes IS NULL OR t.id IN $themes
  RETURN collect(t) AS themes
}
UNWIND (CASE WHEN size(themes) = 0 THEN [null] ELSE themes END) AS t
CALL (t, w) {
  // From the theme down to its programs (never every program up to the theme).
  UNWIND CASE WHEN t IS NULL THEN [null] ELSE COLLECT { MATCH (s:Theme)-[:PART_OF*0..]->(t) RETURN s } END AS s
  OPTIONAL MATCH (s)<-[:ADDRESSES]-(p:Program)
  WHERE $within IS NULL
     OR EXISTS {
          MATCH (p)-[:COVERS]->(c:Region)
          WHERE EXISTS { (w)-[:PART_OF*0..]->(c) } OR EXISTS { (c)-[:PART_OF*1..]->(w) }
        }
  WITH DISTINCT p
  OPTIONAL MATCH (a:Agency)-[r:PARTICIPATES_IN]->(p)
  WITH p, a, collect(r.role) AS roles
  RETURN count(DISTINCT p) AS programCount,
         count(CASE WHEN 'LEAD' IN roles THEN 1 END) > 0 AS led,
         collect(CASE WHEN a IS NOT NULL AND ($level IS NULL OR a.level = $level)
                      THEN {agency: properties(a), program: p.id, roles: roles} END) AS participations
}
WITH w, collect(CASE WHEN t IS NOT NULL
                     THEN {theme: properties(t), programCount: programCount, led: led, participations: participations} END) AS columns
RETURN $within IS NULL OR w IS NOT NULL AS withinFound, columns
