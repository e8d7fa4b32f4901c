// Where a detector looks "around" an entity: the account itself, or every account the entity holds
// (HOLDS_ACCOUNT), and the accounts these exchanged transfers with (one transfer away, either way).
// Only what the request may see (View): the entity, its holding of accounts, the transfers.
MATCH (n:Entity {spoorId: $spoorId})
WHERE $visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(n) WHERE vs.sourceId IN $usable }
WITH n, CASE WHEN n:BankAccount THEN [n] ELSE COLLECT { MATCH (n)-[h:HOLDS_ACCOUNT]->(a:BankAccount)
                                                       WHERE $visibleAll OR any(vs IN h.sourceIds WHERE vs IN $usable) RETURN a } END AS own
RETURN COLLECT { UNWIND own AS a RETURN a.spoorId AS id
                 UNION
                 UNWIND own AS a MATCH (a)-[t:TRANSFER]-(b:BankAccount)
                 WHERE $visibleAll OR any(vs IN t.sourceIds WHERE vs IN $usable) RETURN b.spoorId AS id } AS accounts
