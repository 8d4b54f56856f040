// seed/countNodesByLabel: how many nodes carry each label (one pass; the demo graph is small).
// No parameters. Row: label, count.
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS count
ORDER BY label
