// network/focus: finds the focus nodes of a network view, and checks the filter's theme and region.
// Parameters: $focus (a list of {kind, key}: kind a NodeKind, key the id, or the code for a
// region), $theme and $region (the filter's ids, each null for "none").
// Each focus is looked up through its label's uniqueness constraint (an index seek): only the
// branch whose kind matches can return a row.
// One row: themeKnown, regionKnown (false when the id given names no node) and found, a list of
// {index (position in $focus), element (elementId), label, properties} for the focus nodes that
// exist; an index missing from it is an unknown focus.
WITH ($theme IS NULL OR EXISTS { MATCH (:Theme {id: $theme}) }) AS themeKnown,
     ($region IS NULL OR EXISTS { MATCH (:Region {code: $region}) }) AS regionKnown
CALL () {
  UNWIND range(0, size($focus) - 1) AS index
  WITH index, $focus[index] AS f
  CALL (f) {
    MATCH (n:Agency {id: f.key}) WHERE f.kind = 'AGENCY' RETURN n
    UNION
    MATCH (n:Program {id: f.key}) WHERE f.kind = 'PROGRAM' RETURN n
    UNION
    MATCH (n:Region {code: f.key}) WHERE f.kind = 'REGION' RETURN n
    UNION
    MATCH (n:Theme {id: f.key}) WHERE f.kind = 'THEME' RETURN n
    UNION
    MATCH (n:Partner {id: f.key}) WHERE f.kind = 'PARTNER' RETURN n
    UNION
    MATCH (n:Mandate {id: f.key}) WHERE f.kind = 'MANDATE' RETURN n
    UNION
    MATCH (n:Regulation {id: f.key}) WHERE f.kind = 'REGULATION' RETURN n
    UNION
    MATCH (n:Indicator {id: f.key}) WHERE f.kind = 'INDICATOR' RETURN n
    UNION
    MATCH (n:Forum {id: f.key}) WHERE f.kind = 'FORUM' RETURN n
  }
  RETURN collect({index: index, element: elementId(n), label: labels(n)[0], properties: properties(n)}) AS found
}
RETURN themeKnown, regionKnown, found
