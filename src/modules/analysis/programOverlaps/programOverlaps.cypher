// analysis/programOverlaps: the candidate pairs of overlapping programs, with their evidence.
// The rule (what overlaps, the score, the kind, the filters): programOverlaps.rule.md beside
// this file. Years, shares, score, minScore, sorting and paging are computed from these rows by
// programOverlaps.ts (the score needs the current year and round3, so the sort and the page
// cannot be cut here).
// Parameters (each null for "any"): $theme, $region, $agency; $includeSameAgency (false: leave
// out pairs whose runners meet).
// Candidates are grouped by theme, never all programs against all: for each theme t, the
// programs addressing t are paired with the programs addressing t or a sub-theme of t.
// One row: themeKnown, regionKnown, agencyKnown (false when the id given names no node) and
// pairs, each a map of
//   first, second: properties of the two programs;
//   firstRunners, secondRunners: their runners (by id);
//   firstMandates, secondMandates: mandates of those runners concerning a shared theme or a
//     theme above it (by id);
//   themeMatch: 1.0 when they share an exact theme, else 0.5;
//   sharedThemes: the more specific theme of each matching pair (by id);
//   firstCovered, secondCovered: how many regions each covers directly;
//   firstMeeting, secondMeeting: how many of those meet (are, contain or lie in) one of the other's;
//   sharedRegions: the deeper region of each meeting pair (by code);
//   sharedIndicators: indicators measuring both (by id);
//   sameAgency: whether the runner sets intersect.
WITH ($theme IS NULL OR EXISTS { MATCH (:Theme {id: $theme}) }) AS themeKnown,
     ($region IS NULL OR EXISTS { MATCH (:Region {code: $region}) }) AS regionKnown,
     ($agency IS NULL OR EXISTS { MATCH (:Agency {id: $agency}) }) AS agencyKnown
CALL () {
  // The filter region and the regions above it: a shared region among them contains it.
  OPTIONAL MATCH (:Region {code: $region})-[:PART_OF*0..]->(u:Region)
  RETURN collect(u.code) AS regionUp
}
// The filters prune the candidates before any pair is formed: with $theme, a pair must match on
// a theme at or below it, so one side addresses a theme at, below or above it (themeRelated)
// and the other one at or below it (themeBelow); with $region, each side must cover a region
// at, below or above it (a shared region within it or containing it lies on that chain).
CALL () {
  OPTIONAL MATCH (f:Theme {id: $theme})
  WITH f, COLLECT { MATCH (x:Theme)-[:PART_OF*0..]->(f) RETURN x } AS below
  RETURN CASE WHEN $theme IS NULL THEN null ELSE below END AS themeBelow,
         CASE WHEN $theme IS NULL THEN COLLECT { MATCH (x:Theme) RETURN x }
              ELSE below + COLLECT { MATCH (f)-[:PART_OF*1..]->(x:Theme) RETURN x } END AS themeRelated
}
CALL (regionUp, themeBelow, themeRelated) {
  UNWIND themeRelated AS t
  // Per theme, each side's programs are found (and the region filter checked) once, then paired.
  CALL (t, regionUp) {
    MATCH (a:Program)-[:ADDRESSES]->(t)
    WHERE $region IS NULL OR EXISTS {
      MATCH (a)-[:COVERS]->(r:Region)
      WHERE r.code IN regionUp OR EXISTS { MATCH (r)-[:PART_OF*1..]->(:Region {code: $region}) }
    }
    RETURN collect(a) AS firsts
  }
  CALL (t, regionUp, themeBelow) {
    MATCH (b:Program)-[:ADDRESSES]->(specific:Theme)-[:PART_OF*0..]->(t)
    WHERE (themeBelow IS NULL OR specific IN themeBelow)
      AND ($region IS NULL OR EXISTS {
        MATCH (b)-[:COVERS]->(r:Region)
        WHERE r.code IN regionUp OR EXISTS { MATCH (r)-[:PART_OF*1..]->(:Region {code: $region}) }
      })
    RETURN collect(DISTINCT b) AS seconds
  }
  UNWIND firsts AS a
  UNWIND seconds AS b
  WITH a, b
  WHERE a <> b
  WITH DISTINCT CASE WHEN a.id < b.id THEN a ELSE b END AS p,
       CASE WHEN a.id < b.id THEN b ELSE a END AS q
  WHERE $agency IS NULL OR EXISTS { MATCH (:Agency {id: $agency})-[:PARTICIPATES_IN]->(x:Program) WHERE x = p OR x = q }
  // Every theme the pair meets on, the filter's or not: a theme one addresses, and the same
  // theme or one below it that the other addresses.
  CALL (p, q) {
    UNWIND [[p, q], [q, p]] AS ends
    WITH ends[0] AS x, ends[1] AS y
    MATCH (x)-[:ADDRESSES]->(t:Theme)<-[:PART_OF*0..]-(specific:Theme)<-[:ADDRESSES]-(y)
    RETURN collect(DISTINCT specific) AS themes, max(CASE WHEN specific = t THEN 1.0 ELSE 0.5 END) AS themeMatch
  }
  CALL (p, q) {
    // Each covered region with the regions above it, walked upwards only (never down the tree).
    MATCH (p)-[:COVERS]->(ra:Region)
    WITH collect({region: ra, up: COLLECT { MATCH (ra)-[:PART_OF*0..]->(u:Region) RETURN u }}) AS ras
    MATCH (q)-[:COVERS]->(rb:Region)
    WITH ras, collect({region: rb, up: COLLECT { MATCH (rb)-[:PART_OF*0..]->(u:Region) RETURN u }}) AS rbs
    UNWIND ras AS a
    UNWIND rbs AS b
    WITH ras, rbs, a.region AS ra, b.region AS rb,
         CASE WHEN b.region IN a.up THEN a.region WHEN a.region IN b.up THEN b.region END AS shared
    WHERE shared IS NOT NULL
    RETURN size(ras) AS firstCovered, size(rbs) AS secondCovered,
           count(DISTINCT ra) AS firstMeeting, count(DISTINCT rb) AS secondMeeting,
           collect(DISTINCT shared) AS regions
  }
  WITH p, q, themes, themeMatch, firstCovered, secondCovered, firstMeeting, secondMeeting, regions
  WHERE $region IS NULL OR any(s IN regions WHERE s.code IN regionUp
          OR $region IN COLLECT { MATCH (s)-[:PART_OF*0..]->(u:Region) RETURN u.code })
  CALL (p) {
    OPTIONAL MATCH (x:Agency)-[r:PARTICIPATES_IN]->(p)
    WITH DISTINCT x, r.role = 'LEAD' AS leads
    ORDER BY x.id
    WITH collect(DISTINCT x) AS everyone, collect(DISTINCT CASE WHEN leads THEN x END) AS leaders
    RETURN CASE WHEN size(leaders) > 0 THEN leaders ELSE everyone END AS firstRunners
  }
  CALL (q) {
    OPTIONAL MATCH (x:Agency)-[r:PARTICIPATES_IN]->(q)
    WITH DISTINCT x, r.role = 'LEAD' AS leads
    ORDER BY x.id
    WITH collect(DISTINCT x) AS everyone, collect(DISTINCT CASE WHEN leads THEN x END) AS leaders
    RETURN CASE WHEN size(leaders) > 0 THEN leaders ELSE everyone END AS secondRunners
  }
  WITH p, q, themes, themeMatch, firstCovered, secondCovered, firstMeeting, secondMeeting, regions,
       firstRunners, secondRunners, any(x IN firstRunners WHERE x IN secondRunners) AS sameAgency
  WHERE $includeSameAgency OR NOT sameAgency
  // The shared themes and every theme above them: a mandate on one of these covers the pair.
  WITH *, COLLECT { UNWIND themes AS s MATCH (s)-[:PART_OF*0..]->(u:Theme) RETURN DISTINCT u } AS themesUp
  RETURN collect({
    first: properties(p),
    second: properties(q),
    firstRunners: [x IN firstRunners | properties(x)],
    secondRunners: [x IN secondRunners | properties(x)],
    firstMandates: COLLECT {
      UNWIND firstRunners AS x
      MATCH (x)-[:HOLDS]->(m:Mandate)-[:CONCERNS]->(above:Theme)
      WHERE above IN themesUp
      WITH DISTINCT m ORDER BY m.id RETURN properties(m)
    },
    secondMandates: COLLECT {
      UNWIND secondRunners AS x
      MATCH (x)-[:HOLDS]->(m:Mandate)-[:CONCERNS]->(above:Theme)
      WHERE above IN themesUp
      WITH DISTINCT m ORDER BY m.id RETURN properties(m)
    },
    themeMatch: themeMatch,
    sharedThemes: COLLECT { UNWIND themes AS s WITH s ORDER BY s.id RETURN properties(s) },
    firstCovered: firstCovered, secondCovered: secondCovered,
    firstMeeting: firstMeeting, secondMeeting: secondMeeting,
    sharedRegions: COLLECT { UNWIND regions AS s WITH s ORDER BY s.code RETURN properties(s) },
    sharedIndicators: COLLECT {
      MATCH (p)-[:MEASURED_BY]->(i:Indicator)<-[:MEASURED_BY]-(q)
      WITH DISTINCT i ORDER BY i.id RETURN properties(i)
    },
    sameAgency: sameAgency
  }) AS pairs
}
RETURN themeKnown, regionKnown, agencyKnown, pairs
