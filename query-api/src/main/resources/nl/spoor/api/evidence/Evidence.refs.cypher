// Entities by Spoor id, as EntityRefs (the caption as Evidence.steps.cypher gives it).
MATCH (n:Entity) WHERE n.spoorId IN $ids
  AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(n) WHERE vs.sourceId IN $usable })
RETURN n.spoorId AS spoorId, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       coalesce(n.name, n.iban, n.kenteken, n.kvkNummer, n.e164, n.address, n.addressKey, n.spoorId) AS caption
