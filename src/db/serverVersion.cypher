// server/version: the Neo4j version answering. No parameters. Row: version.
CALL dbms.components() YIELD versions
RETURN versions[0] AS version
