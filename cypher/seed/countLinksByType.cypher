// seed/countLinksByType: how many relationships there are of each type.
// No parameters. Row: type, count.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
ORDER BY type
