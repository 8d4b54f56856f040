// 004_lookup: a second full-text index for `lookup` (src/lookup), over the keys as well as the
// names, titles and acronyms, with the standard-folding analyzer so that accents are ignored
// (é matches e). name_search stays as it is for the lists' `search`.
CREATE FULLTEXT INDEX name_lookup IF NOT EXISTS
  FOR (n:Agency|Mandate|Regulation|Program|Theme|Indicator|Region|Partner|Forum)
  ON EACH [n.name, n.title, n.acronym, n.id, n.code]
  OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
