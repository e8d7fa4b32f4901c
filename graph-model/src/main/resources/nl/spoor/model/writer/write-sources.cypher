// One row per Source. Sources are immutable once written: a repeat changes nothing.
CYPHER replan=skip
UNWIND $rows AS row
MERGE (s:Source {sourceId: row.sourceId})
  ON CREATE SET s += row.props
RETURN count(s) AS written
