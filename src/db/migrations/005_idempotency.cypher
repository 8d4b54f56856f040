// 005_idempotency: the record of a mutation sent with an Idempotency-Key (src/idempotency): one
// per caller, response key and key, written in the mutation's own transaction. The constraint
// makes two requests with the same key wait for each other instead of both writing; the index
// lets expired records be found and purged without a scan.
CREATE CONSTRAINT idempotency_record_id IF NOT EXISTS FOR (n:IdempotencyRecord) REQUIRE n.id IS UNIQUE;
CREATE INDEX idempotency_record_created IF NOT EXISTS FOR (n:IdempotencyRecord) ON (n.createdAt);
