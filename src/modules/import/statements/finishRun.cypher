// import/finishRun: stores an import's counts on its ImportRun, in the import's transaction.
// $id: the run's id. $counts: map of counts and the per-label detail as JSON text.
MATCH (run:ImportRun {id: $id})
SET run += $counts, run.finishedAt = datetime()
RETURN run.id AS id
