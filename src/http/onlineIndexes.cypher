// http/onlineIndexes: the names of the indexes and constraints' backing indexes that are online,
// for /readyz (src/http/health.ts), which compares them with those the migrations create.
// No parameters. Row: names.
SHOW INDEXES YIELD name, state
WHERE state = 'ONLINE'
RETURN collect(name) AS names
