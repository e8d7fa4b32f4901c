// The payer counts (schema V13) of every account paid by the accounts in `held`, which gained or lost a holder:
// count-holdings.cypher (the GraphWriter's HOLDS_ACCOUNT statements) and recount-payers.cypher (the retention purge) put
// this in their {{PAYERS_OF_HELD}} line. A held account's write lock is taken first, as count-transfers.cypher takes
// the lock of both ends of a transfer before it counts: a transfer from it written at the same time is either committed
// and its receiver found here, or waits and then counts the new holder. Each receiver's lock is taken before it is
// counted, so a count taken at the same time by a transfer into it is never left in place of this one. A hub (more
// than 2,000 transfers) counts for none of its receivers: they are not counted again. Accounts in Spoor id order, as
// the writers lock them.
UNWIND held AS h
WITH DISTINCT h WHERE h:BankAccount
ORDER BY h.spoorId
SET h.spoorLock = true
REMOVE h.spoorLock
WITH collect(CASE WHEN coalesce(h.transfersIn, 0) + coalesce(h.transfersOut, 0) <= 2000 THEN h END) AS counted
UNWIND COLLECT { UNWIND counted AS h MATCH (h)-[:TRANSFER]->(n:BankAccount) WHERE n <> h RETURN DISTINCT n } AS n
WITH n ORDER BY n.spoorId
SET n.spoorLock = true
REMOVE n.spoorLock
{{COUNT_COUNTERPARTIES}}
