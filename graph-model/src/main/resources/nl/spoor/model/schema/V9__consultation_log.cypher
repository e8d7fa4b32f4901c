// The consultation log (query-api nl.spoor.api.audit): one (:Consultation) per request, chained by seq;
// one (:ConsultationLogHead) whose lock serialises appends of every process; each query text once.
CREATE CONSTRAINT consultation_seq IF NOT EXISTS FOR (c:Consultation) REQUIRE c.seq IS UNIQUE;
CREATE CONSTRAINT consultation_log_head IF NOT EXISTS FOR (h:ConsultationLogHead) REQUIRE h.log IS UNIQUE;
CREATE CONSTRAINT consultation_query_sha256 IF NOT EXISTS FOR (q:ConsultationQuery) REQUIRE q.sha256 IS UNIQUE;
CREATE INDEX consultation_at IF NOT EXISTS FOR (c:Consultation) ON (c.at);
CREATE INDEX consultation_user IF NOT EXISTS FOR (c:Consultation) ON (c.user);
CREATE INDEX consultation_purpose IF NOT EXISTS FOR (c:Consultation) ON (c.purpose);
