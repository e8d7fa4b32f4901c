// Relationship facts of one type ({{TYPE}}) between two kinds ({{FROM}}, {{TO}}).
// Relationships cannot carry relationships, so provenance is kept on them as two lists:
// sourceIds (distinct) and evidence (one JSON object per source and locator).
// A new relationship is written once. On an existing one, spoorLock takes the write lock before the
// lists are read, so concurrent writers lose no source. Whether a row still has to add its evidence
// is read from the lists themselves, so rows of one chunk naming the same relationship each count.
UNWIND $rows AS row
// The hints keep the unique-index seek even when the plan was cached while the graph was tiny.
MATCH (a:Entity:{{FROM}} {spoorId: row.from}) USING INDEX a:Entity(spoorId)
MATCH (b:Entity:{{TO}} {spoorId: row.to}) USING INDEX b:Entity(spoorId)
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
  ON CREATE SET r += row.props, r.sourceIds = [row.source], r.evidence = [row.evidence]
  ON MATCH SET r.spoorLock = true
WITH r, row
CALL (r, row) {
  WITH r, row WHERE NOT row.evidence IN r.evidence
  WITH r, row, properties(r) AS before
  SET r += row.props
  SET r += before
  SET r.sourceIds = CASE WHEN row.source IN r.sourceIds THEN r.sourceIds ELSE r.sourceIds + row.source END,
      r.evidence = r.evidence + row.evidence
}
REMOVE r.spoorLock
RETURN count(*) AS written
