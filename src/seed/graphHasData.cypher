// seed/graphHasData: whether the database holds any node of the model (SEED=auto seeds only an
// empty one); the bookkeeping of idempotency keys is not data. No parameters. Row: hasData.
RETURN EXISTS { MATCH (n) WHERE NOT n:IdempotencyRecord } AS hasData
