// The transfer counts (schema V11) of the accounts with Spoor ids $ids, recounted from their TRANSFER relationships:
// run in the transaction that deleted or wrote their transfers outside the GraphWriter (the retention purge).
// spoorLock takes each account's write lock before it is counted, as count-transfers.cypher does for the writer.
// Then their counterparty counts (schema V12), and those of every counterparty of an account that stopped being a
// hub here (more than 2,000 transfers before, at most 2,000 now): it counts for them again. Last the marks of schema
// V17 on every recounted account over 1,000 transfers out (in) or marked already: whatever transfer of it lacks the mark
// gets it (a transfer written outside the GraphWriter), then the account is marked.
UNWIND $ids AS id
MATCH (n:Entity {spoorId: id})
WITH DISTINCT n WHERE n:BankAccount
ORDER BY n.spoorId
WITH n, coalesce(n.transfersIn, 0) + coalesce(n.transfersOut, 0) AS before
SET n.spoorLock = true
SET n.transfersIn = COUNT { (n)<-[:TRANSFER]-() }, n.transfersOut = COUNT { (n)-[:TRANSFER]->() }
REMOVE n.spoorLock
WITH collect(n) AS recounted,
     collect(CASE WHEN before > 2000 AND n.transfersIn + n.transfersOut <= 2000 THEN n END) AS noLongerHubs
WITH recounted, recounted + COLLECT { UNWIND noLongerHubs AS h MATCH (h)-[:TRANSFER]-(o:BankAccount) RETURN DISTINCT o } AS affected
CALL (affected) {
  UNWIND affected AS n
  WITH DISTINCT n
  {{COUNT_COUNTERPARTIES}}
}
CALL (recounted) {
  UNWIND recounted AS n
  WITH n WHERE n.transfersOut > 1000 OR n.transfersOutByAmount
  CALL (n) { MATCH (n)-[t:TRANSFER]->() WHERE t.outOfHub IS NULL SET t.outOfHub = n.spoorId }
  SET n.transfersOutByAmount = true
}
CALL (recounted) {
  UNWIND recounted AS n
  WITH n WHERE n.transfersIn > 1000 OR n.transfersInByAmount
  CALL (n) { MATCH (n)<-[t:TRANSFER]-() WHERE t.intoHub IS NULL SET t.intoHub = n.spoorId }
  SET n.transfersInByAmount = true
}
RETURN size(recounted) AS recounted
