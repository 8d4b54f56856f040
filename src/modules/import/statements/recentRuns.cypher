// import/recentRuns: the most recent ImportRuns, newest first.
// $first: how many. Row: run (its properties, times as ISO 8601 text).
MATCH (run:ImportRun)
WITH run
ORDER BY run.startedAt DESC
LIMIT toInteger($first)
RETURN run {.*, startedAt: toString(run.startedAt), finishedAt: toString(run.finishedAt)} AS run
