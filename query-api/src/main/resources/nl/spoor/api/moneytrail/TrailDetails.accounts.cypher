// The accounts of a page of trails, each with its holders, and the sources their hops cite.
UNWIND $accounts AS id
MATCH (a:Entity {spoorId: id}) WHERE a:BankAccount
RETURN a.spoorId AS spoorId, a.iban AS iban, coalesce(a.iban, a.name, a.spoorId) AS caption,
       COLLECT { MATCH (h:Entity)-[:HOLDS_ACCOUNT]->(a)
                 RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                         caption: coalesce(h.name, h.kvkNummer, h.spoorId)} AS holder ORDER BY holder.spoorId } AS holders
