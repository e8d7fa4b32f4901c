// The accounts of a page of trails, each with its holders, and the sources their hops cite: one query
// in the search's transaction, not a read transaction of its own per request.
RETURN COLLECT { UNWIND $accounts AS id
                 MATCH (a:Entity {spoorId: id}) WHERE a:BankAccount
                 RETURN {spoorId: a.spoorId, iban: a.iban, caption: coalesce(a.iban, a.name, a.spoorId),
                         holders: COLLECT { MATCH (h:Entity)-[:HOLDS_ACCOUNT]->(a)
                                            RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                                                    caption: coalesce(h.name, h.kvkNummer, h.spoorId)} AS holder
                                            ORDER BY holder.spoorId }} } AS accounts,
       COLLECT { MATCH (s:Source) WHERE s.sourceId IN $sourceIds RETURN properties(s) } AS sources
