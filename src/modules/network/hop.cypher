// network/hop: one breadth-first step of a network view: the neighbours of the frontier that
// the view may take, nearest first being the caller's business (every row is one hop further).
// Parameters: $frontier (elementIds of the nodes to grow from), $seen (elementIds already in
// the view), $types (relationship types to follow, both directions: from the allow-list),
// $labels (node labels to keep), $hideDistricts (true: no Region of level DISTRICT),
// $helix (partner strands to keep, null for all), $theme (programs on this theme or a
// sub-theme, null for any), $region (programs covering it, a region above it or one below it,
// null for any), $fromYear, $toYear (programs running in some year of the span; a missing
// start or end year is open; null for no bound), $limit (at most this many rows).
// Rows, ordered by label then key: element (elementId), label, properties.
MATCH (n) WHERE elementId(n) IN $frontier
MATCH (n)-[r]-(m)
WHERE type(r) IN $types
  AND NOT elementId(m) IN $seen
  AND any(l IN labels(m) WHERE l IN $labels)
WITH DISTINCT m
WHERE NOT ($hideDistricts AND m:Region AND m.level = 'DISTRICT')
  AND (NOT m:Partner OR $helix IS NULL OR m.helix IN $helix)
  AND (NOT m:Program OR (
        ($theme IS NULL OR EXISTS { MATCH (m)-[:ADDRESSES]->(:Theme)-[:PART_OF*0..]->(:Theme {id: $theme}) })
    AND ($region IS NULL OR EXISTS {
          MATCH (m)-[:COVERS]->(c:Region)
          WHERE EXISTS { MATCH (c)-[:PART_OF*0..]->(:Region {code: $region}) }
             OR EXISTS { MATCH (:Region {code: $region})-[:PART_OF*0..]->(c) }
        })
    AND ($toYear IS NULL OR m.startYear IS NULL OR m.startYear <= $toYear)
    AND ($fromYear IS NULL OR m.endYear IS NULL OR m.endYear >= $fromYear)
  ))
WITH m, [l IN labels(m) WHERE l IN $labels][0] AS label
ORDER BY label, coalesce(m.id, m.code)
LIMIT toInteger($limit)
RETURN elementId(m) AS element, label, properties(m) AS properties
