// seed/graphHasData: whether the database holds any node at all (SEED=auto seeds only an
// empty one). No parameters. Row: hasData.
RETURN EXISTS { MATCH (n) } AS hasData
