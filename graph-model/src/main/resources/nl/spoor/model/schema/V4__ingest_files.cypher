// Per-file status of `spoor ingest` (queued, done, failed, quarantined), one node per content hash,
// so a file seen again is recognised and a killed run resumes where it stopped.
CREATE CONSTRAINT ingest_file_sha256 IF NOT EXISTS FOR (f:IngestFile) REQUIRE f.sha256 IS UNIQUE;
CREATE INDEX ingest_file_status IF NOT EXISTS FOR (f:IngestFile) ON (f.status);
// Name-only persons and organisations found in documents, blocked on their normalised name for
// POSSIBLY_SAME_AS candidates.
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX company_name_key IF NOT EXISTS FOR (n:Company) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
