// idempotency/save: the last statement of a mutation sent with an Idempotency-Key: its answer,
// kept on the record idempotency/claim made, so that it commits with the write or not at all.
// $id, $fingerprint (hash of the field and its arguments), $outcome (the answer as JSON),
// $caller (the principal's subject), $field, $responseKey (the alias, or the field's name).
// No rows.
MATCH (r:IdempotencyRecord {id: $id})
SET r.createdAt = datetime(), r.fingerprint = $fingerprint, r.outcome = $outcome,
    r.caller = $caller, r.field = $field, r.responseKey = $responseKey
