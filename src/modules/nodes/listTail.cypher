// listTail: the tail of every list statement (listStore.ts puts it after the list's MATCH and
// WHERE, which yield `n`): sorts, counts and cuts one page. A template: __key__ is the label's
// key property (id; code for a Region).
// $sortField (a property name), $descending, $first, $after (the key of the last node of the
// previous page, or null). Ties sort by the key, so the order is total.
// Row: totalCount (all matches), start (index of the page's first node; null when $after
// names no node in the result), page (up to $first + 1 nodes: one more tells of a next page).
WITH n
ORDER BY CASE WHEN $descending THEN n[$sortField] END DESC,
         CASE WHEN $descending THEN null ELSE n[$sortField] END ASC,
         n.__key__ ASC
WITH collect(n) AS matched
WITH matched,
     CASE WHEN $after IS NULL THEN 0
          ELSE [i IN range(0, size(matched) - 1) WHERE matched[i].__key__ = $after][0] + 1 END AS start
RETURN size(matched) AS totalCount, start,
       CASE WHEN start IS NULL THEN [] ELSE [m IN matched[start..start + $first + 1] | properties(m)] END AS page
