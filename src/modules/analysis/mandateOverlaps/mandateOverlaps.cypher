// analysis/mandateOverlaps: agencies whose mandates concern the same theme, or a theme and its
// sub-theme: one page of them, sorted and counted.
// Parameters (each null for "any"): $theme (a theme of either side at or below it), $agency
// (one of the two sides). Paging: $first, $after (the key of the last row of the previous page).
// Grouped by theme: from each holding (agency, mandate, theme) the walk goes down to the same
// theme and its sub-themes, and meets the holdings of other agencies there. The side with the
// broader theme is `first`; on the same theme, the agency with the smaller id is. Each agency
// pair and theme pair is listed once: when an agency holds several mandates on the theme, the
// one with the smallest id stands for them. Sorted by the first theme, the second theme, then
// the two agency ids. Key of a row: 'firstAgency|secondAgency|firstTheme|secondTheme'.
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
