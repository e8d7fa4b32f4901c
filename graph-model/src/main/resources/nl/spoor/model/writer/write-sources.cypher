// One row per Source ($batch.rows: see GraphWriter.rows, why rows come inside a map). Sources are immutable once written: a repeat changes nothing.
CYPHER replan=skip
UNWIND $batch.rows AS row
MERGE (s:Source {sourceId: row.sourceId})
  ON CREATE SET s += row.props
RETURN count(s) AS written
