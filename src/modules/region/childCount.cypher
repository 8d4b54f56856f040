// regions/childCount: how many regions sit directly under a region.
// $code: the region's code. Row: children.
OPTIONAL MATCH (:Region {code: $code})<-[r:PART_OF]-(:Region)
RETURN count(r) AS children
