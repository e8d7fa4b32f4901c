// What a detector is narrowed to: an account itself, or every account an entity holds (HOLDS_ACCOUNT),
// as the view may see them (View.cypher).
MATCH (n:Entity {spoorId: $spoorId})
WHERE {{visibleNode n}}
RETURN CASE WHEN n:BankAccount THEN [n.spoorId]
            ELSE COLLECT { MATCH (n)-[h:HOLDS_ACCOUNT]->(a:BankAccount) WHERE {{visible h}} RETURN a.spoorId AS id ORDER BY id } END AS accounts
