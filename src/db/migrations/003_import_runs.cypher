// 003_import_runs: every bulk import leaves an ImportRun (src/import), found by its id and
// listed newest first.
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;
CREATE INDEX import_run_started IF NOT EXISTS FOR (n:ImportRun) ON (n.startedAt);
