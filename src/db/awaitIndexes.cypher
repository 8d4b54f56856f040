// db/awaitIndexes: waits (up to 300 s) until every index, the migrations' new ones too, is online;
// run by migrate() after the migrations (src/db/migrate.ts). No parameters. No rows.
CALL db.awaitIndexes(300)
