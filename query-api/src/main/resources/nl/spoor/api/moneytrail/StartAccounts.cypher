// What a trail starts from: the account itself, or every account the entity holds (HOLDS_ACCOUNT).
MATCH (n:Entity {spoorId: $spoorId})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       CASE WHEN n:BankAccount THEN [n.spoorId]
            ELSE COLLECT { MATCH (n)-[:HOLDS_ACCOUNT]->(a:BankAccount) RETURN a.spoorId AS id ORDER BY id } END AS accounts
