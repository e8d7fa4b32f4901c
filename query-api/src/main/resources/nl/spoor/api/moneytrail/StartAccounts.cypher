// What a trail starts from: the account itself, or every account the entity holds (HOLDS_ACCOUNT).
MATCH (n:Entity {spoorId: $spoorId})
WHERE $visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(n) WHERE vs.sourceId IN $usable }
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       CASE WHEN n:BankAccount THEN [n.spoorId]
            ELSE COLLECT { MATCH (n)-[h:HOLDS_ACCOUNT]->(a:BankAccount)
                      WHERE $visibleAll OR any(vs IN h.sourceIds WHERE vs IN $usable) RETURN a.spoorId AS id ORDER BY id } END AS accounts
