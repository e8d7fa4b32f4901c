// Relationships of one entity to other entities (not provenance), with the sources of each.
MATCH (n:Entity {spoorId: $spoorId})-[r]-(m:Entity)
RETURN type(r) AS type,
       startNode(r) = n AS outgoing,
       properties(r) AS props,
       m.spoorId AS otherId,
       [l IN labels(m) WHERE l <> 'Entity'][0] AS otherKind,
       coalesce(m.name, m.iban, m.kenteken, m.kvkNummer, m.e164, m.address, m.addressKey, m.spoorId) AS otherCaption,
       COLLECT { MATCH (s:Source) WHERE s.sourceId IN coalesce(r.sourceIds, []) RETURN properties(s) } AS sources
ORDER BY size(coalesce(r.sourceIds, [])) DESC, type, otherId, r.key
LIMIT $limit
