// analysis/helixBalance: the actors of each strand of the helix in the programs of a scope. The
// rule (the scope, the strands, the balance): helixBalance.rule.md beside this file.
// Parameters: exactly one of $program (an id), $theme (an id) or $region (a code); the others null.
// Row (one): found (the program, theme or region exists), programCount (programs in scope),
// strands (one map per strand with an actor: strand, actors (distinct actors), programs
// (distinct programs in scope with that strand)). Strands without actors are left out.
CALL () {
  RETURN CASE
    WHEN $program IS NOT NULL THEN EXISTS { MATCH (:Program {id: $program}) }
    WHEN $theme IS NOT NULL THEN EXISTS { MATCH (:Theme {id: $theme}) }
    ELSE EXISTS { MATCH (:Region {code: $region}) }
  END AS found
}
CALL () {
  CALL () {
    // Start from the most selective filter given, never from every program when one is:
    UNWIND CASE WHEN $program IS NOT NULL THEN [1] ELSE [] END AS go
    MATCH (p:Program {id: $program})
    RETURN p
    UNION
    UNWIND CASE WHEN $program IS NULL AND $theme IS NOT NULL THEN [1] ELSE [] END AS go
    MATCH (:Theme {id: $theme})<-[:PART_OF*0..]-(:Theme)<-[:ADDRESSES]-(p:Program)
    RETURN DISTINCT p
    UNION
    UNWIND CASE WHEN $program IS NULL AND $theme IS NULL AND $region IS NOT NULL THEN [1] ELSE [] END AS go
    // Programs covering the region, a region within it or one containing it.
    MATCH (g:Region {code: $region})
    UNWIND COLLECT { MATCH (g)<-[:PART_OF*0..]-(r:Region) RETURN r } + COLLECT { MATCH (g)-[:PART_OF*1..]->(r:Region) RETURN r } AS r
    MATCH (r)<-[:COVERS]-(p:Program)
    RETURN DISTINCT p
    UNION
    UNWIND CASE WHEN $program IS NULL AND $theme IS NULL AND $region IS NULL THEN [1] ELSE [] END AS go
    MATCH (p:Program)
    RETURN p
  }
  WITH p
  WHERE ($program IS NULL OR p.id = $program)
    AND ($theme IS NULL OR EXISTS { MATCH (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
    AND ($region IS NULL OR EXISTS {
      MATCH (p)-[:COVERS]->(covered:Region)
      WHERE EXISTS { MATCH (covered)-[:PART_OF*0..]->(:Region {code: $region}) }
         OR EXISTS { MATCH (:Region {code: $region})-[:PART_OF*0..]->(covered) }
    })
  RETURN collect(p) AS programs
}
CALL (programs) {
  UNWIND programs AS p
  MATCH (actor)-[:PARTICIPATES_IN|PARTNERS_IN]->(p)
  WHERE actor:Agency OR actor:Partner
  WITH CASE WHEN actor:Agency THEN 'GOVERNMENT' ELSE actor.helix END AS strand, actor, p
  WITH strand, count(DISTINCT actor) AS actors, count(DISTINCT p) AS withStrand
  ORDER BY strand
  RETURN collect({strand: strand, actors: actors, programs: withStrand}) AS strands
}
RETURN found, size(programs) AS programCount, strands
