// IngestFile becomes one record per delivery of a file (content hash + partner + case + legal basis),
// keyed by the id of that delivery's Source, so the same file delivered for two cases is listed under
// both. Records of earlier runs were per content hash; they keep the Source id those runs wrote.
DROP CONSTRAINT ingest_file_sha256 IF EXISTS;
MATCH (f:IngestFile) WHERE f.sourceId IS NULL SET f.sourceId = 'doc:sha256:' + f.sha256;
CREATE CONSTRAINT ingest_file_source IF NOT EXISTS FOR (f:IngestFile) REQUIRE f.sourceId IS UNIQUE;
CREATE INDEX ingest_file_content IF NOT EXISTS FOR (f:IngestFile) ON (f.sha256);
CREATE INDEX ingest_file_case IF NOT EXISTS FOR (f:IngestFile) ON (f.caseId);
