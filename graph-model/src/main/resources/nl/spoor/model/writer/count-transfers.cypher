// TRANSFER and CASH_DEPOSIT statements only: GraphWriter puts this in place of write-relationships.cypher's last line
// (RETURN count(*) AS written). A cash deposit counts its account as a transfer does (what others paid in, schema V15).
// The accounts at either end of the chunk's transfers get transfersIn and transfersOut recounted from their
// relationships (schema V11), so the counts are exact whatever was there before: a rewrite of the same facts, a run cut
// short, or another writer at the same time. spoorLock takes the account's write lock before it is counted, so a
// concurrent writer's transfer into it is either committed and counted or waits until this one commits and then counts
// both. Accounts in Spoor id order, as the rows lock their nodes. Then, with every end's transfer counts in place,
// their sendersIn and receiversOut (schema V12): the distinct counterparties that may be no hub (at most 2,000
// transfers in and out); none on a hub itself. An account this chunk made a hub (over 2,000) stops counting for every
// account it exchanged transfers with: those are counted again too, so the counts do not depend on the order in which
// the transfers were written. Last the marks of schema V17: an account this chunk took over 1,000 transfers out (in)
// gets every one of them marked once, and every transfer written out of (into) a marked account is marked. The mark is
// read after the account's lock was taken, so a concurrent writer's fill covers what it saw and this chunk the rest.
WITH collect(DISTINCT startNode(r)) + collect(DISTINCT endNode(r)) AS ends, collect(r) AS rels
CALL (ends) {
  UNWIND ends AS n
  WITH DISTINCT n WHERE n:BankAccount
  ORDER BY n.spoorId
  WITH n, coalesce(n.transfersIn, 0) + coalesce(n.transfersOut, 0) AS before
  SET n.spoorLock = true
  SET n.transfersIn = COUNT { (n)<-[:TRANSFER]-() }, n.transfersOut = COUNT { (n)-[:TRANSFER]->() }
  REMOVE n.spoorLock
  RETURN collect(CASE WHEN before <= 2000 AND n.transfersIn + n.transfersOut > 2000 THEN n END) AS nowHubs
}
CALL (ends, nowHubs) {
  UNWIND ends + COLLECT { UNWIND nowHubs AS h MATCH (h)-[:TRANSFER]-(o:BankAccount) RETURN DISTINCT o } AS n
  WITH DISTINCT n WHERE n:BankAccount
  {{COUNT_COUNTERPARTIES}}
}
CALL (ends) {
  UNWIND ends AS n
  WITH DISTINCT n WHERE n:BankAccount AND n.transfersOut > 1000 AND n.transfersOutByAmount IS NULL
  CALL (n) { MATCH (n)-[t:TRANSFER]->() SET t.outOfHub = n.spoorId }
  SET n.transfersOutByAmount = true
}
CALL (ends) {
  UNWIND ends AS n
  WITH DISTINCT n WHERE n:BankAccount AND n.transfersIn > 1000 AND n.transfersInByAmount IS NULL
  CALL (n) { MATCH (n)<-[t:TRANSFER]-() SET t.intoHub = n.spoorId }
  SET n.transfersInByAmount = true
}
CALL (rels) {
  UNWIND rels AS t
  WITH t, startNode(t) AS a, endNode(t) AS b WHERE type(t) = 'TRANSFER' AND (a.transfersOutByAmount OR b.transfersInByAmount)
  SET t.outOfHub = CASE WHEN a.transfersOutByAmount THEN a.spoorId END, t.intoHub = CASE WHEN b.transfersInByAmount THEN b.spoorId END
}
RETURN size(rels) AS written
