// Lookups by secondary identifiers (a company known first by RSIN, later by KvK).
CREATE INDEX company_rsin IF NOT EXISTS FOR (n:Company) ON (n.rsin);
CREATE INDEX company_btw IF NOT EXISTS FOR (n:Company) ON (n.btwId);
CREATE INDEX company_sbi IF NOT EXISTS FOR (n:Company) ON (n.sbiCode);
CREATE INDEX address_postcode IF NOT EXISTS FOR (n:Address) ON (n.postcode);
CREATE INDEX person_birth_date IF NOT EXISTS FOR (n:Person) ON (n.birthDate);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);

// Provenance: visibility by partner and case, retention by date.
CREATE INDEX source_partner IF NOT EXISTS FOR (s:Source) ON (s.partner);
CREATE INDEX source_case IF NOT EXISTS FOR (s:Source) ON (s.caseId);
CREATE INDEX source_retain_until IF NOT EXISTS FOR (s:Source) ON (s.retainUntil);
CREATE INDEX source_document IF NOT EXISTS FOR (s:Source) ON (s.documentId);

// Time ranges on money flows and residence.
CREATE INDEX transfer_date IF NOT EXISTS FOR ()-[r:TRANSFER]-() ON (r.date);
CREATE INDEX transfer_amount IF NOT EXISTS FOR ()-[r:TRANSFER]-() ON (r.amount);
CREATE INDEX transfer_key IF NOT EXISTS FOR ()-[r:TRANSFER]-() ON (r.key);
CREATE INDEX lives_at_from IF NOT EXISTS FOR ()-[r:LIVES_AT]-() ON (r.from);
