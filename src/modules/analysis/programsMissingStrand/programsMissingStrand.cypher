// analysis/programsMissingStrand: one page of the programs in which a strand of the helix takes
// no part. The rule (the scope, what "no part" means, the order): programsMissingStrand.rule.md
// beside this file.
// Parameters: $strand (GOVERNMENT, INDUSTRY, ACADEMIA, CIVIL_SOCIETY or MEDIA), $theme (an id or
// null), $region (a code or null). Paging: $first, $after (the id of the last program of the
// previous page, or null).
// Row (one): themeFound, regionFound (true when the filter is null or names a node),
// totalCount, start (index of the page's first program; null when $after is not in the
// result), page (up to $first + 1 programs).
CALL () {
  RETURN ($theme IS NULL OR EXISTS { MATCH (:Theme {id: $theme}) }) AS themeFound,
         ($region IS NULL OR EXISTS { MATCH (:Region {code: $region}) }) AS regionFound
}
CALL () {
  CALL () {
    // Start from the most selective filter given, never from every program when one is:
    UNWIND CASE WHEN $theme IS NOT NULL THEN [1] ELSE [] END AS go
    MATCH (:Theme {id: $theme})<-[:PART_OF*0..]-(:Theme)<-[:ADDRESSES]-(p:Program)
    RETURN DISTINCT p
    UNION
    UNWIND CASE WHEN $theme IS NULL AND $region IS NOT NULL THEN [1] ELSE [] END AS go
    // Programs covering the region, a region within it or one containing it.
    MATCH (g:Region {code: $region})
    UNWIND COLLECT { MATCH (g)<-[:PART_OF*0..]-(r:Region) RETURN r } + COLLECT { MATCH (g)-[:PART_OF*1..]->(r:Region) RETURN r } AS r
    MATCH (r)<-[:COVERS]-(p:Program)
    RETURN DISTINCT p
    UNION
    UNWIND CASE WHEN $theme IS NULL AND $region IS NULL THEN [1] ELSE [] END AS go
    MATCH (p:Program)
    RETURN p
  }
  WITH p
  WHERE ($theme IS NULL OR EXISTS { MATCH (p)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
    AND ($region IS NULL OR EXISTS {
      MATCH (p)-[:COVERS]->(covered:Region)
      WHERE EXISTS { MATCH (covered)-[:PART_OF*0..]->(:Region {code: $region}) }
         OR EXISTS { MATCH (:Region {code: $region})-[:PART_OF*0..]->(covered) }
    })
    AND CASE $strand
      WHEN 'GOVERNMENT' THEN NOT EXISTS { MATCH (:Agency)-[:PARTICIPATES_IN]->(p) }
      ELSE NOT EXISTS { MATCH (partner:Partner)-[:PARTNERS_IN]->(p) WHERE partner.helix = $strand }
    END
  WITH p ORDER BY p.name, p.id
  RETURN collect(p) AS matched
}
WITH themeFound, regionFound, matched,
     CASE WHEN $after IS NULL THEN 0
          ELSE [i IN range(0, size(matched) - 1) WHERE matched[i].id = $after][0] + 1 END AS start
RETURN themeFound, regionFound, size(matched) AS totalCount, start,
       CASE WHEN start IS NULL THEN [] ELSE [m IN matched[start..start + $first + 1] | properties(m)] END AS page
