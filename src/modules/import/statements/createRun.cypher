// import/createRun: the record of one import, which the nodes it creates or updates point to.
// $run: {id, fileName, format, contentHash}. Row: id.
CREATE (run:ImportRun)
SET run = $run, run.startedAt = datetime()
RETURN run.id AS id
