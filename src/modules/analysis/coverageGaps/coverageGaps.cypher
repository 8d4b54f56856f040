// analysis/coverageGaps: the regions at a level that fewer than $minPrograms programs on a theme
// reach, with what their ranking needs. The rule (what a gap, coverage and need are):
// coverageGaps.rule.md beside this file; ranking, need and paging: coverageGaps.ts.
// Parameters: $theme (theme id; its sub-themes count too), $level (RegionLevel), $within (region
// code), $minPrograms (int), $remoteOnly (bool: only regions with outermostIslandCount > 0).
// Each region asked walks up its own PART_OF chain (at most 3 hops: district, regency, province,
// ID) to the regions the theme's programs cover, so the cost grows with the regions asked, not
// regions x programs.
// Row (always exactly one):
//   themeFound, withinLevel (the level of $within; null when it does not exist),
//   programs, covered, indicators: properties of the programs, covered regions and indicators
//   the gaps name,
//   gaps: one map per region kept, in no set order: code, remote (outermostIslandCount > 0),
//   reach (per reaching program: program id, via (the nearest covered region's code) and hops up
//   to it), actuals (per indicator on the theme, its measurement in the region of the latest
//   year with an actual: indicator id, year, target, actual).
OPTIONAL MATCH (t:Theme {id: $theme})
OPTIONAL MATCH (w:Region {code: $within})
// The theme and its sub-themes: a program is on the theme when it addresses one of them.
WITH t, w, COLLECT { MATCH (s:Theme)-[:PART_OF*0..]->(t) RETURN s } AS scope
CALL (scope) {
  UNWIND scope AS s
  MATCH (s)<-[:ADDRESSES]-(p:Program)
  RETURN collect(DISTINCT p) AS programs
}
CALL (programs) {
  UNWIND programs AS p
  MATCH (p)-[:MEASURED_BY]->(i:Indicator)
  RETURN collect(DISTINCT i) AS indicators
}
CALL (w, programs, indicators) {
  MATCH (r:Region {level: $level})-[:PART_OF*0..]->(w)
  WHERE NOT $remoteOnly OR r.outermostIslandCount > 0
  // Siblings share everything above their parent: work that out once per parent.
  OPTIONAL MATCH (r)-[:PART_OF]->(parent:Region)
  WITH parent, collect(r) AS siblings
  CALL (parent, programs) {
    MATCH path = (parent)-[:PART_OF*0..2]->(via:Region)<-[:COVERS]-(p:Program)
    // On the theme. (Neo4j tests membership of a list it sees again and again with a hash set:
    // cheaper than asking each program's relationships, which a program has dozens of.)
    WHERE p IN programs
    WITH p, via, length(path) AS hops
    ORDER BY hops
    WITH p, collect({via: via.code, hops: hops})[0] AS nearest
    RETURN collect({program: p.id, via: nearest.via, hops: nearest.hops}) AS inherited
  }
  UNWIND siblings AS r
  CALL (r, programs) {
    MATCH (r)<-[:COVERS]-(p:Program)
    WHERE p IN programs
    RETURN collect(p.id) AS direct
  }
  WITH r, [id IN direct | {program: id, via: r.code, hops: 0}]
          + [x IN inherited WHERE NOT x.program IN direct] AS reach
  WITH r, reach
  WHERE size(reach) < $minPrograms
  CALL (r, indicators) {
    MATCH (r)<-[:MEASURED_IN]-(m:Measurement)<-[:HAS_MEASUREMENT]-(i:Indicator)
    WHERE m.actual IS NOT NULL AND i IN indicators
    WITH i, m
    ORDER BY m.year DESC
    WITH i, collect(m)[0] AS latest
    RETURN collect({indicator: i.id, year: latest.year, target: latest.target, actual: latest.actual}) AS actuals
  }
  RETURN collect({code: r.code, remote: r.outermostIslandCount > 0, reach: reach, actuals: actuals}) AS gaps
}
// Only the programs, regions and indicators the gaps name go back: a theme at scale has
// thousands of programs, and the gaps (reached by fewer than $minPrograms) name few.
RETURN t IS NOT NULL AS themeFound, w.level AS withinLevel,
       COLLECT { UNWIND gaps AS g UNWIND g.reach AS x MATCH (p:Program {id: x.program}) RETURN DISTINCT properties(p) AS p } AS programs,
       COLLECT { UNWIND gaps AS g UNWIND g.reach AS x MATCH (c:Region {code: x.via}) RETURN DISTINCT properties(c) AS c } AS covered,
       COLLECT { UNWIND gaps AS g UNWIND g.actuals AS x MATCH (i:Indicator {id: x.indicator}) RETURN DISTINCT properties(i) AS i } AS indicators,
       gaps
