// idempotency/claim: the first statement of a mutation sent with an Idempotency-Key. MERGE on
// the unique id makes a second request with the same key wait here until the first commits or
// rolls back; the record is then locked for the rest of the transaction. A record this
// transaction just made has no outcome yet (and disappears if the mutation fails).
// $id: the record's id (src/idempotency/records.ts). $ttlHours: how long an outcome is kept.
// Row (one): outcome (the first answer as JSON, null when there is none, or it is older than
// $ttlHours: then this request runs and replaces it), fingerprint (of that first request), field.
MERGE (r:IdempotencyRecord {id: $id})
SET r._lock_ = true
REMOVE r._lock_
WITH r, r.createdAt IS NOT NULL AND r.createdAt < datetime() - duration({hours: $ttlHours}) AS expired
RETURN CASE WHEN expired THEN null ELSE r.outcome END AS outcome,
       CASE WHEN expired THEN null ELSE r.fingerprint END AS fingerprint,
       CASE WHEN expired THEN null ELSE r.field END AS field
