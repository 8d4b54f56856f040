// import/cycles: nodes among $keys that an import left on a loop of a hierarchy that must
// have none (a theme PART_OF itself, an agency REPORTS_TO itself through others).
// Template slots: __Label__, __key__, __TYPE__. $keys: the nodes the import linked.
// Row: key.
// The paths are walked up from each node (a pattern comprehension starts at its bound node): a
// hierarchy has one parent per level, so that is a few hops. An EXISTS over (n)-[*]->(n) leaves
// the direction to the planner, which after some earlier graphs chose to walk down from every
// region through all its descendants (over a minute for the demo graph's 7,000 regions).
UNWIND $keys AS key
MATCH (n:__Label__ {__key__: key})
WHERE n IN [(n)-[:__TYPE__*1..]->(up) | up]
RETURN key
ORDER BY key
LIMIT 20
