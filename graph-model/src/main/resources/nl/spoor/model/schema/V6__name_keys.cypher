// POSSIBLY_SAME_AS candidates are looked up by blocking keys, never by scanning: a person's surname
// without tussenvoegsel (the second part of a hyphenated married name as surnameKeyAlt), an
// organisation's name without legal form.
CREATE INDEX person_surname_key IF NOT EXISTS FOR (n:Person) ON (n.surnameKey);
CREATE INDEX person_surname_key_alt IF NOT EXISTS FOR (n:Person) ON (n.surnameKeyAlt);
CREATE INDEX company_org_key IF NOT EXISTS FOR (n:Company) ON (n.orgKey);
CREATE INDEX organization_org_key IF NOT EXISTS FOR (n:Organization) ON (n.orgKey);
// A document's text per page (Document-[:HAS_PAGE]->Page), searchable with the Dutch analyzer.
CREATE CONSTRAINT page_id IF NOT EXISTS FOR (p:Page) REQUIRE p.pageId IS UNIQUE;
CREATE INDEX page_sha256 IF NOT EXISTS FOR (p:Page) ON (p.sha256);
CREATE FULLTEXT INDEX page_text IF NOT EXISTS
  FOR (p:Page)
  ON EACH [p.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}};
// Amounts a document states (Document-[:STATES_AMOUNT]->Page), by amount and date.
CREATE INDEX states_amount_amount IF NOT EXISTS FOR ()-[r:STATES_AMOUNT]-() ON (r.amount);
CREATE INDEX states_amount_date IF NOT EXISTS FOR ()-[r:STATES_AMOUNT]-() ON (r.date);
