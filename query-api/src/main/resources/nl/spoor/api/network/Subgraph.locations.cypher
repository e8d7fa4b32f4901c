CYPHER 25
// The addresses and places the members of a given network are linked to (they join the network so
// that its key locations can be found), by a relationship the filter allows. At most $limit.
MATCH (a:Entity) WHERE a.spoorId IN $ids
MATCH (a)-[r]-(l:Entity)
WHERE (l:Address OR l:Place) AND NOT l.spoorId IN $ids
  AND type(r) IN $types
  AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
  AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(l) WHERE vs.sourceId IN $usable })
  AND (NOT r.date IS :: DATE NOT NULL OR (r.date >= $since AND r.date <= $until))
  AND (NOT r.from IS :: DATE NOT NULL OR r.from <= $until)
  AND (NOT r.until IS :: DATE NOT NULL OR r.until >= $since)
  AND NOT any(k IN labels(l) WHERE k IN $avoid)
WITH DISTINCT l LIMIT $limit
RETURN l.spoorId AS id ORDER BY id
