// Where a detector looks "around" an entity: the account itself, or every account the entity holds
// (HOLDS_ACCOUNT), and the accounts these exchanged transfers with (one transfer away, either way).
MATCH (n:Entity {spoorId: $spoorId})
WITH n, CASE WHEN n:BankAccount THEN [n] ELSE COLLECT { MATCH (n)-[:HOLDS_ACCOUNT]->(a:BankAccount) RETURN a } END AS own
RETURN COLLECT { UNWIND own AS a RETURN a.spoorId AS id
                 UNION
                 UNWIND own AS a MATCH (a)-[:TRANSFER]-(b:BankAccount) RETURN b.spoorId AS id } AS accounts
