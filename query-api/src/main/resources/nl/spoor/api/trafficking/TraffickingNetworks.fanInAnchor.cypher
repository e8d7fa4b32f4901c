CYPHER 25
// Controller candidates of mensenhandel networks (DESIGN §5), anchor (3): persons whose accounts receive from many
// persons. Part $part of $parts (SpreadReads): the accounts spoor.part puts there.
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks). The prune on
// transfersIn counts every transfer: it only ever lets more accounts through.
// Each row is one account and one of its holders found, with the persons paying into it (not the holder): the network
// read takes them as that controller's payers instead of looking up the same holders again ($paid).
// The accounts with at least that many incoming transfers, from the index on their count (schema V11; it was a
// degree lookup on every person's accounts), with the persons holding them. Each account's paying persons are found
// once (not once per holder: a joint account has two), the sending accounts made distinct before their holders are
// looked up (on the large world 861,830 transfers), and a holder is then not counted among its own account's payers.
MATCH (a:BankAccount) USING INDEX a:BankAccount(transfersIn)
WHERE a.transfersIn >= $minFanInSenders AND spoor.part(a.spoorId, $parts) = $part AND {{visibleNode a}}
WITH a, COLLECT { MATCH (user:Person)-[h:HOLDS_ACCOUNT]->(a) WHERE {{visible h}} AND {{visibleNode user}} RETURN user } AS users
WHERE size(users) > 0
WITH a, users, COLLECT { MATCH (a)<-[t:TRANSFER]-(o:BankAccount)
                         WHERE t.date >= $since AND t.date <= $until AND {{visible t}} AND {{visibleNode o}}
                         WITH DISTINCT o
                         MATCH (o)<-[hs:HOLDS_ACCOUNT]-(s:Person) WHERE {{visible hs}} AND {{visibleNode s}}
                         RETURN DISTINCT s } AS senders
WHERE size(senders) >= $minFanInSenders
UNWIND users AS user
WITH a, user, [s IN senders WHERE s <> user] AS payers
WHERE size(payers) >= $minFanInSenders
RETURN user.spoorId AS controller, a.spoorId AS account, [s IN payers | s.spoorId] AS payers
