// Relationships of one entity to other entities (not provenance), with the sources of each.
// Only relationships and other entities the request may see (View.RELATIONSHIP, View.NODE), with their usable sources.
MATCH (n:Entity {spoorId: $spoorId})-[r]-(m:Entity)
WHERE ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
  AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(m) WHERE vs.sourceId IN $usable })
RETURN type(r) AS type,
       startNode(r) = n AS outgoing,
       properties(r) AS props,
       m.spoorId AS otherId,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS otherKind,
       coalesce(m.name, m.iban, m.kenteken, m.kvkNummer, m.e164, m.address, m.addressKey, m.spoorId) AS otherCaption,
       COLLECT { MATCH (s:Source) WHERE s.sourceId IN coalesce(r.sourceIds, []) AND ($visibleAll OR s.sourceId IN $usable) RETURN properties(s) } AS sources
ORDER BY size(coalesce(r.sourceIds, [])) DESC, type, otherId, r.key
LIMIT $limit
