// Kind and caption of the entities a page of networks names (as Evidence.steps.cypher captions them).
UNWIND $ids AS id
MATCH (n:Entity {spoorId: id})
RETURN n.spoorId AS spoorId, [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       coalesce(n.name, n.iban, n.kenteken, n.kvkNummer, n.e164, n.address, n.addressKey, n.spoorId) AS caption
