// Entity facts of one kind ({{LABEL}}, filled in from EntityKind) from one source, sorted by spoorId
// so that concurrent writers lock nodes in the same order.
// Node properties: the first value written wins; every source's own values stay on its ASSERTS.
MATCH (s:Source {sourceId: $sourceId})
UNWIND $rows AS row
MERGE (n:Entity:{{LABEL}} {spoorId: row.id})
WITH s, row, n, properties(n) AS before
SET n += row.props
SET n += before
MERGE (s)-[a:ASSERTS {locator: row.locator}]->(n)
  ON CREATE SET a += row.evidence
RETURN count(*) AS written
