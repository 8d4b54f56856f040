// analysis/mandateConformance: an agency's mandates that no program fulfils, and its programs
// that fulfil no mandate of the agencies taking part in them. The rule:
// mandateConformance.rule.md beside this file.
// Parameters: $agency (an id).
// Row (one): found (the agency exists), agency (its properties or null),
// gaps: one map per unfulfilled mandate, by title then id: mandate, themes (by name),
//   regulations (by title), candidatePrograms (by name, then id);
// creeps: one map per program without a mandate, by name then id: program, roles (the agency's
//   roles in it), themes (by name), relatedMandates (by title, then id).
OPTIONAL MATCH (a:Agency {id: $agency})
CALL (a) {
  MATCH (a)-[:HOLDS]->(m:Mandate)
  WHERE NOT EXISTS { MATCH (:Program)-[:FULFILLS]->(m) }
  WITH DISTINCT m ORDER BY m.title, m.id
  RETURN collect({
    mandate: properties(m),
    themes: COLLECT { MATCH (m)-[:CONCERNS]->(t:Theme) WITH DISTINCT t ORDER BY t.name, t.id RETURN properties(t) },
    regulations: COLLECT { MATCH (m)-[:GRANTED_BY]->(r:Regulation) WITH DISTINCT r ORDER BY r.title, r.id RETURN properties(r) },
    candidatePrograms: COLLECT {
      MATCH (a)-[:PARTICIPATES_IN]->(p:Program)
      WHERE EXISTS { MATCH (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme)<-[:CONCERNS]-(m) }
      WITH DISTINCT p ORDER BY p.name, p.id
      RETURN properties(p)
    }
  }) AS gaps
}
CALL (a) {
  MATCH (a)-[r:PARTICIPATES_IN]->(p:Program)
  WHERE NOT EXISTS { MATCH (p)-[:FULFILLS]->(:Mandate)<-[:HOLDS]-(:Agency)-[:PARTICIPATES_IN]->(p) }
  WITH p, collect(DISTINCT r.role) AS roles
  ORDER BY p.name, p.id
  RETURN collect({
    program: properties(p),
    roles: roles,
    themes: COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) WITH DISTINCT t ORDER BY t.name, t.id RETURN properties(t) },
    relatedMandates: COLLECT {
      MATCH (p)<-[:PARTICIPATES_IN]-(:Agency)-[:HOLDS]->(m:Mandate)-[:CONCERNS]->(concerned:Theme)
      WHERE EXISTS { MATCH (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(concerned) }
      WITH DISTINCT m ORDER BY m.title, m.id
      RETURN properties(m)
    }
  }) AS creeps
}
RETURN a IS NOT NULL AS found, properties(a) AS agency, gaps, creeps
