// The transfer counts (schema V11) of the accounts with Spoor ids $ids, recounted from their TRANSFER relationships:
// run in the transaction that deleted or wrote their transfers outside the GraphWriter (the retention purge).
// spoorLock takes each account's write lock before it is counted, as count-transfers.cypher does for the writer.
UNWIND $ids AS id
MATCH (n:Entity {spoorId: id})
WITH DISTINCT n WHERE n:BankAccount
ORDER BY n.spoorId
SET n.spoorLock = true
SET n.transfersIn = COUNT { (n)<-[:TRANSFER]-() }, n.transfersOut = COUNT { (n)-[:TRANSFER]->() }
REMOVE n.spoorLock
RETURN count(n) AS recounted
