CYPHER 25
// Every relationship the filter allows between two entities of the network, in its stored direction.
MATCH (a:Entity) WHERE a.spoorId IN $ids
MATCH (a)-[r]->(b:Entity)
WHERE b.spoorId IN $ids AND type(r) IN $types
  AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
  AND (NOT r.date IS :: DATE NOT NULL OR (r.date >= $since AND r.date <= $until))
  AND (NOT r.from IS :: DATE NOT NULL OR r.from <= $until)
  AND (NOT r.until IS :: DATE NOT NULL OR r.until >= $since)
RETURN a.spoorId AS from, b.spoorId AS to, type(r) AS type, elementId(r) AS id
ORDER BY from, to, type, id
