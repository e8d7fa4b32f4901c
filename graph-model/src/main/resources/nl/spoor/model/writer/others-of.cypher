// The amounts paid in by others (schema V15) of the accounts whose own money changed: those held by the entities in
// `holders` (a new holding makes the holder's accounts one another's own money; a new employment or benefit the payer's
// accounts), and those held by persons employed by or receiving benefits from the entities in `payers` (a new account
// of the employer). count-holdings.cypher, count-employments.cypher and recount-others.cypher put this in their
// {{OTHERS_OF}} line. Each account's write lock is taken before it is counted, as the transfer writers take it: a
// transfer into it or a holding written at the same time is either committed and counted here, or waits and counts this.
// Only accounts with counts (a transfer or a cash deposit): the others have nothing paid in. In Spoor id order.
UNWIND COLLECT { UNWIND holders AS h MATCH (h)-[:HOLDS_ACCOUNT]->(n:BankAccount) RETURN n }
       + COLLECT { UNWIND payers AS e MATCH (e)<-[:EMPLOYED_BY|RECEIVES_BENEFIT]-()-[:HOLDS_ACCOUNT]->(n:BankAccount) RETURN n } AS n
WITH DISTINCT n WHERE n.transfersIn IS NOT NULL
ORDER BY n.spoorId
SET n.spoorLock = true
REMOVE n.spoorLock
{{COUNT_COUNTERPARTIES}}
