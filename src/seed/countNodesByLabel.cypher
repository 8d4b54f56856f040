// seed/countNodesByLabel: how many nodes carry each of the model's labels (one pass; the demo
// graph is small). ImportRun records are not part of the model and are not counted.
// $labels: the model's labels. Row: label, count.
MATCH (n)
UNWIND labels(n) AS label
WITH label
WHERE label IN $labels
RETURN label, count(*) AS count
ORDER BY label
