// analysis/mandateOverlaps: one page of the agencies whose mandates overlap, sorted and counted.
// The rule (what overlaps, which side is first, the filters, the order): mandateOverlaps.rule.md
// beside this file.
// Parameters (each null for "any"): $theme, $agency. Paging: $first, $after (the key of the last
// row of the previous page).
// Grouped by theme: from each holding (agency, mandate, theme) the walk goes down to the same
// theme and its sub-themes, and meets the holdings of other agencies there.
// Key of a row: 'firstAgency|secondAgency|firstTheme|secondTheme'.
// Row: themeKnown, agencyKnown (false when the id given names no node), totalCount, start
// (index of the page's first row; null when $after names no row), page (up to $first + 1 rows,
// each: key, sameTheme, first and second, each {agency, mandate, theme, regulations} as properties).
WITH ($theme IS NULL OR EXISTS { MATCH (:Theme {id: $theme}) }) AS themeKnown,
     ($agency IS NULL OR EXISTS { MATCH (:Agency {id: $agency}) }) AS agencyKnown
CALL () {
  MATCH (a:Agency)-[:HOLDS]->(ma:Mandate)-[:CONCERNS]->(ta:Theme)
  MATCH (tb:Theme)-[:PART_OF*0..]->(ta)
  MATCH (b:Agency)-[:HOLDS]->(mb:Mandate)-[:CONCERNS]->(tb)
  WHERE a <> b
    AND (ta <> tb OR a.id < b.id)
    AND ($agency IS NULL OR a.id = $agency OR b.id = $agency)
    AND ($theme IS NULL
         OR EXISTS { MATCH (ta)-[:PART_OF*0..]->(:Theme {id: $theme}) }
         OR EXISTS { MATCH (tb)-[:PART_OF*0..]->(:Theme {id: $theme}) })
  WITH a, b, ta, tb, ma, mb
  ORDER BY ma.id, mb.id
  WITH a, b, ta, tb, collect(ma)[0] AS ma, collect(mb)[0] AS mb
  ORDER BY ta.id, tb.id, a.id, b.id
  RETURN collect({key: a.id + '|' + b.id + '|' + ta.id + '|' + tb.id, a: a, b: b, ta: ta, tb: tb, ma: ma, mb: mb}) AS matched
}
WITH themeKnown, agencyKnown, matched,
     CASE WHEN $after IS NULL THEN 0
          ELSE [i IN range(0, size(matched) - 1) WHERE matched[i].key = $after][0] + 1 END AS start
CALL (matched, start) {
  UNWIND CASE WHEN start IS NULL THEN [] ELSE range(start, start + $first) END AS i
  WITH i, matched[i] AS m
  WHERE m IS NOT NULL
  WITH i, m, m.ma AS ma, m.mb AS mb
  ORDER BY i
  RETURN collect({
    key: m.key,
    sameTheme: m.ta = m.tb,
    first: {
      agency: properties(m.a), mandate: properties(ma), theme: properties(m.ta),
      regulations: COLLECT { MATCH (ma)-[:GRANTED_BY]->(r:Regulation) WITH r ORDER BY r.id RETURN properties(r) }
    },
    second: {
      agency: properties(m.b), mandate: properties(mb), theme: properties(m.tb),
      regulations: COLLECT { MATCH (mb)-[:GRANTED_BY]->(r:Regulation) WITH r ORDER BY r.id RETURN properties(r) }
    }
  }) AS page
}
RETURN themeKnown, agencyKnown, size(matched) AS totalCount, start, page
