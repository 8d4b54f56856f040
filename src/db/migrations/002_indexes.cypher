// 002_indexes: the property indexes the list filters and sorts use, and one full-text index
// over names, titles and acronyms for `search`.
CREATE INDEX agency_kind IF NOT EXISTS FOR (n:Agency) ON (n.kind);
CREATE INDEX agency_level IF NOT EXISTS FOR (n:Agency) ON (n.level);
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX program_track IF NOT EXISTS FOR (n:Program) ON (n.track);
CREATE INDEX program_status IF NOT EXISTS FOR (n:Program) ON (n.status);
CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name);
CREATE INDEX partner_helix IF NOT EXISTS FOR (n:Partner) ON (n.helix);
CREATE INDEX regulation_kind IF NOT EXISTS FOR (n:Regulation) ON (n.kind);
CREATE INDEX forum_kind IF NOT EXISTS FOR (n:Forum) ON (n.kind);
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
  FOR (n:Agency|Mandate|Regulation|Program|Theme|Indicator|Region|Partner|Forum)
  ON EACH [n.name, n.title, n.acronym];
