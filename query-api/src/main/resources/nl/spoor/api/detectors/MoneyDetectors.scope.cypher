// What a detector is narrowed to: an account itself, or every account an entity holds (HOLDS_ACCOUNT).
MATCH (n:Entity {spoorId: $spoorId})
RETURN CASE WHEN n:BankAccount THEN [n.spoorId]
            ELSE COLLECT { MATCH (n)-[:HOLDS_ACCOUNT]->(a:BankAccount) RETURN a.spoorId AS id ORDER BY id } END AS accounts
