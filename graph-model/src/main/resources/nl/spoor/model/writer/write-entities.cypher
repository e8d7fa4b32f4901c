// Entity facts of one kind ({{LABEL}}, filled in from EntityKind), sorted by spoorId so that
// concurrent writers lock nodes in the same order.
// Node properties: the first value written wins; every source's own values stay on its ASSERTS.
// A new node is written once; only a row that brings a property the node lacks merges again.
// (Decided per row from the node itself, never from a marker: Neo4j may run all MERGEs of the
// chunk before the rest, so a marker set by one row would be seen, and cleared, by another.)
UNWIND $rows AS row
MATCH (s:Source {sourceId: row.source})
MERGE (n:Entity:{{LABEL}} {spoorId: row.id})
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
