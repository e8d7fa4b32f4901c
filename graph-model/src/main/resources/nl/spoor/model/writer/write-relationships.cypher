// Relationship facts of one type ({{TYPE}}) between entities of any kinds (row.fromLabel, row.toLabel:
// parameters, so Neo4j plans one query per type, not one per type and pair of kinds). The type itself
// stays in the text: a MERGE with a dynamic type is planned as a scan of all relationships of that type.
// Relationships cannot carry relationships, so provenance is kept on them as two lists:
// sourceIds (distinct) and evidence (one JSON object per source and locator).
// A new relationship is written once. On an existing one, spoorLock takes the write lock before the
// lists are read, so concurrent writers lose no source. Whether a row still has to add its evidence
// is read from the lists themselves, so rows of one chunk naming the same relationship each count.
// replan=skip: with the hints below the plan is the same at any store size; replanning it as the
// statistics change (every ten seconds while a fresh store fills) would only cost.
// For TRANSFER, GraphWriter replaces the last line with count-transfers.cypher (the accounts' transfer counts).
// $batch.rows, a list inside a map: one cached plan for every batch size (GraphWriter.rows says why).
CYPHER replan=skip
UNWIND $batch.rows AS row
// The hints keep the unique-index seek even when the plan was cached while the graph was tiny.
MATCH (a:Entity {spoorId: row.from}) USING INDEX a:Entity(spoorId)
MATCH (b:Entity {spoorId: row.to}) USING INDEX b:Entity(spoorId)
WITH a, b, row WHERE row.fromLabel IN labels(a) AND row.toLabel IN labels(b)
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
