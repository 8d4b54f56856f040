// measurements/byIndicators: the measurements of a batch of indicators, by year then region.
// $keys: indicator ids. Row: key (the indicator id), node (the measurement's properties).
UNWIND $keys AS key
MATCH (:Indicator {id: key})-[:HAS_MEASUREMENT]->(m:Measurement)
RETURN key, properties(m) AS node
ORDER BY key, m.year, coalesce(m.regionCode, '')
