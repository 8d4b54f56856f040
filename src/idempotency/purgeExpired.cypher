// idempotency/purgeExpired: deletes a batch of records older than the time to live (found by
// the idempotency_record_created index). Run now and then after a keyed mutation, in a
// transaction of its own. $ttlHours, $limit (most records deleted per call). Row: purged.
MATCH (r:IdempotencyRecord)
WHERE r.createdAt < datetime() - duration({hours: $ttlHours})
WITH r LIMIT toInteger($limit)
DELETE r
RETURN count(*) AS purged
