// analysis/responsibilityMatrix: who takes part, in which role, in the programs on each theme.
// The rule (which programs count, rows, cells, themesWithoutLead): responsibilityMatrix.rule.md
// beside this file; the matrix is built from these rows by responsibilityMatrix.ts.
// Parameters: $themes (theme ids, or null for every theme), $within (region code or null),
// $level (GovernmentLevel of the agencies shown, or null for any).
// Row (always exactly one): withinFound (true when $within is null or exists),
//   columns: one map per theme found: theme (properties), programCount (programs counted),
//   led (whether any agency, of any level, takes the LEAD role in one of them),
//   participations: one map per agency (of $level) and program: agency (id), program (id), roles;
//   agencies: the properties of each agency the participations name, once.
OPTIONAL MATCH (w:Region {code: $within})
CALL () {
  MATCH (t:Theme)
  WHERE $themes IS NULL OR t.id IN $themes
  RETURN collect(t) AS themes
}
// Each program in reach is read once and counted for every theme it is on (its themes and the
// themes above them), instead of walking every theme down to all its programs: the cost follows
// the programs in the region, not programs x themes.
CALL (w, themes) {
  CALL (w) {
    UNWIND CASE WHEN $within IS NULL THEN [1] ELSE [] END AS go
    MATCH (p:Program)
    RETURN p
    UNION
    // Programs covering the region, a region within it or one containing it.
    UNWIND CASE WHEN $within IS NULL THEN [] ELSE [1] END AS go
    UNWIND COLLECT { MATCH (w)<-[:PART_OF*0..]-(r:Region) RETURN r } + COLLECT { MATCH (w)-[:PART_OF*1..]->(r:Region) RETURN r } AS r
    MATCH (r)<-[:COVERS]-(p:Program)
    RETURN DISTINCT p
  }
  MATCH (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(t:Theme)
  WHERE $themes IS NULL OR t.id IN $themes
  WITH DISTINCT t, p
  OPTIONAL MATCH (a:Agency)-[r:PARTICIPATES_IN]->(p)
  WITH t, p, a, collect(r.role) AS roles
  WITH t, count(DISTINCT p) AS programCount,
       count(CASE WHEN 'LEAD' IN roles THEN 1 END) > 0 AS led,
       collect(CASE WHEN a IS NOT NULL AND ($level IS NULL OR a.level = $level)
                    THEN {agency: a.id, program: p.id, roles: roles} END) AS participations
  RETURN collect({theme: t, programCount: programCount, led: led, participations: participations}) AS found
}
WITH w, themes, found,
     COLLECT { UNWIND found AS c UNWIND c.participations AS x RETURN DISTINCT x.agency AS id } AS named
RETURN $within IS NULL OR w IS NOT NULL AS withinFound,
       [t IN themes | coalesce(
         head([c IN found WHERE c.theme = t | {theme: properties(t), programCount: c.programCount, led: c.led, participations: c.participations}]),
         {theme: properties(t), programCount: 0, led: false, participations: []})] AS columns,
       COLLECT { UNWIND named AS id MATCH (a:Agency {id: id}) RETURN properties(a) AS a } AS agencies
