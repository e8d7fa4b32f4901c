CYPHER 25
// One ring of a neighbourhood (network analysis around an entity): the entities linked to the frontier
// by a relationship the filter allows (type, period as in paths), of the kinds asked for. Hubs are
// marked so that the caller adds them but does not expand from them. At most $limit rows: one more
// than the node cap leaves, so that a neighbourhood too large is refused before it is read whole.
UNWIND $frontier AS id
MATCH (x:Entity {spoorId: id})-[r]-(y:Entity)
WHERE type(r) IN $types
  AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
  AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(y) WHERE vs.sourceId IN $usable })
  AND (NOT r.date IS :: DATE NOT NULL OR (r.date >= $since AND r.date <= $until))
  AND (NOT r.from IS :: DATE NOT NULL OR r.from <= $until)
  AND (NOT r.until IS :: DATE NOT NULL OR r.until >= $since)
  AND NOT y.spoorId IN $seen
  AND (size($through) = 0 OR any(l IN labels(y) WHERE l IN $through))
  AND NOT any(l IN labels(y) WHERE l IN $avoid)
WITH DISTINCT y LIMIT $limit
RETURN y.spoorId AS id, COUNT { (y)--() } - COUNT { (y)<-[:ASSERTS]-() } > $hubCap AS hub
ORDER BY id
