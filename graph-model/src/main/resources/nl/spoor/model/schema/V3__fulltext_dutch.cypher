// Names and document text, analysed with Lucene's Dutch analyzer (stemming, Dutch stop words).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
  FOR (n:Person|Company|Organization|Place|Address|Vehicle|BankAccount)
  ON EACH [n.name, n.aliases, n.street, n.place, n.make, n.model]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
CREATE FULLTEXT INDEX document_text IF NOT EXISTS
  FOR (n:Source|Document)
  ON EACH [n.title, n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
