// Relationship facts of one type ({{TYPE}}) between two kinds ({{FROM}}, {{TO}}), all from one source.
// Relationships cannot carry relationships, so provenance is kept on them as two lists:
// sourceIds (distinct) and evidence (one JSON object per source and locator).
// spoorLock takes the write lock before the lists are read, so concurrent writers lose no source.
UNWIND $rows AS row
MATCH (a:Entity:{{FROM}} {spoorId: row.from})
MATCH (b:Entity:{{TO}} {spoorId: row.to})
MERGE (a)-[r:{{TYPE}} {key: row.key}]->(b)
  ON CREATE SET r.sourceIds = [], r.evidence = []
SET r.spoorLock = true
WITH row, r, properties(r) AS before
SET r += row.props
SET r += before
SET r.sourceIds = CASE WHEN $sourceId IN r.sourceIds THEN r.sourceIds ELSE r.sourceIds + $sourceId END,
    r.evidence = CASE WHEN row.evidence IN r.evidence THEN r.evidence ELSE r.evidence + row.evidence END
REMOVE r.spoorLock
RETURN count(*) AS written
