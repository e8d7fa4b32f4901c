// Entity facts of every kind in one statement (the kind's label is a parameter, row.label, so Neo4j
// plans one query instead of one per kind: planning was most of the store's work on small batches),
// sorted by spoorId so that concurrent writers lock nodes in the same order. The dynamic label costs
// nothing at run time: the node is found by the unique Entity(spoorId) index and then checked for it.
// Node properties: the first value written wins; every source's own values stay on its ASSERTS.
// A new node is written once; only a row that brings a property the node lacks merges again.
// (Decided per row from the node itself, never from a marker: Neo4j may run all MERGEs of the
// chunk before the rest, so a marker set by one row would be seen, and cleared, by another.)
// replan=skip: the plan is two unique-index seeks at any store size, so replanning it as the store's
// statistics change (every ten seconds while a fresh store fills) would only cost.
// $batch.rows, a list inside a map: one cached plan for every batch size (GraphWriter.rows says why).
CYPHER replan=skip
UNWIND $batch.rows AS row
MATCH (s:Source {sourceId: row.source}) USING INDEX s:Source(sourceId)
MERGE (n:Entity:$(row.label) {spoorId: row.id})
  ON CREATE SET n += row.props
WITH s, n, row
CALL (n, row) {
  WITH n, row WHERE any(k IN keys(row.props) WHERE n[k] IS NULL)
  WITH n, row, properties(n) AS before
  SET n += row.props
  SET n += before
}
MERGE (s)-[a:ASSERTS {locator: row.locator}]->(n)
  ON CREATE SET a += row.evidence
RETURN count(*) AS written
