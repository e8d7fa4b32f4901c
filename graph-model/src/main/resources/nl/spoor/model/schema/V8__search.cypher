// Search (GraphQL `search`): names and document text with Spoor's own analyzers (nl.spoor.model.analysis),
// registered with Neo4j as AnalyzerProviders. `spoor-name` folds case and diacritics and splits initials and
// hyphenated names without stemming, and writes each word's Double Metaphone codes beside it; a query names
// `spoor-name-words` (exact, fuzzy, prefix) or `spoor-name-sounds` (phonetic) as its analyzer. One index holds
// both, because Neo4j takes two full-text indexes on the same labels and properties for one.
// entity_names (V3) and page_text (V6) stemmed names as Dutch words (Willems -> willem); replaced here.
DROP INDEX entity_names IF EXISTS;
DROP INDEX page_text IF EXISTS;
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
  FOR (n:Person|Company|Organization|Address|Place|Vehicle|RealEstate|Ad|Document)
  ON EACH [n.name, n.aliases, n.alias, n.title, n.street, n.place, n.make, n.model]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'spoor-name'}};
CREATE FULLTEXT INDEX page_search IF NOT EXISTS
  FOR (p:Page)
  ON EACH [p.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'spoor-name'}};
