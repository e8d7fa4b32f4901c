CYPHER 25
// Controller candidates of mensenhandel networks (DESIGN §5), anchor (3): persons whose accounts receive from many
// persons. Part $part of $parts (SpreadReads): the accounts spoor.part puts there.
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks). The prune on
// payersIn counts every source and date: it only ever lets more accounts through.
// Each row is one account and one of its holders found, with the persons paying into it (not the holder): the network
// read takes them as that controller's payers instead of looking up the same holders again ($paid).
// The accounts that may receive from that many persons, from the payer counts kept at write time (schema V13: the
// persons holding the accounts that paid in, every date and source, so never fewer than this query counts): on large
// 4,567 accounts, where "at least that many incoming transfers" was 93,117 (every monthly wage), each one's payers then
// looked up. Those counts leave out the hubs (more than 2,000 transfers in and out), so a hub is looked at here itself,
// and every account a hub that persons hold pays into. A hub has more than 1,000 transfers one way (index seeks).
// No period asked ($openPeriod): every transfer, dated or not, its date not read (on large 861,830 reads, a third of this
// query's work). Each account's paying persons are then found once (not once per holder: a joint account has two), the sending
// accounts made distinct before their holders are looked up, and a holder is not counted among its own account's payers.
CALL () {
  MATCH (a:BankAccount) USING INDEX a:BankAccount(payersIn)
  WHERE a.payersIn >= $minFanInSenders
  RETURN a
UNION
  CALL () {
    MATCH (h:BankAccount) WHERE h.transfersIn > 1000 RETURN h
  UNION
    MATCH (h:BankAccount) WHERE h.transfersOut > 1000 RETURN h
  }
  WITH h WHERE h.transfersIn + h.transfersOut > 2000
  CALL (h) {
    WITH h WHERE h.transfersIn >= $minFanInSenders
    RETURN h AS a
  UNION
    WITH h WHERE EXISTS { (h)<-[:HOLDS_ACCOUNT]-(:Person) }
    MATCH (h)-[:TRANSFER]->(a:BankAccount) WHERE a <> h
    RETURN DISTINCT a
  }
  RETURN a
}
WITH a WHERE spoor.part(a.spoorId, $parts) = $part AND {{visibleNode a}}
WITH a, COLLECT { MATCH (user:Person)-[h:HOLDS_ACCOUNT]->(a) WHERE {{visible h}} AND {{visibleNode user}} RETURN user } AS users
WHERE size(users) > 0
WITH a, users, COLLECT { MATCH (a)<-[t:TRANSFER]-(o:BankAccount)
                         WHERE ($openPeriod OR t.date >= $since AND t.date <= $until) AND {{visible t}} AND {{visibleNode o}}
                         WITH DISTINCT o
                         MATCH (o)<-[hs:HOLDS_ACCOUNT]-(s:Person) WHERE {{visible hs}} AND {{visibleNode s}}
                         RETURN DISTINCT s } AS senders
WHERE size(senders) >= $minFanInSenders
UNWIND users AS user
WITH a, user, [s IN senders WHERE s <> user] AS payers
WHERE size(payers) >= $minFanInSenders
RETURN user.spoorId AS controller, a.spoorId AS account, [s IN payers | s.spoorId] AS payers
