CYPHER 25
// Controller candidates of mensenhandel networks (DESIGN §5), anchor (3): persons whose accounts receive from many
// persons, or (a firm's account) the persons who direct or own the firm (TraffickingNetworks.controllers.cypher, put in
// at the end). Part $part of $parts (SpreadReads): the accounts spoor.part puts there.
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks). The prune on
// transfersIn counts every transfer: it only ever lets more accounts through.
CALL () {
  // The accounts with at least that many incoming transfers, from the index on their count (schema V11; it was a
  // degree lookup on every person's accounts), with the persons holding them. Each account's paying persons are found
  // once (not once per holder: a joint account has two), the sending accounts made distinct before their holders are
  // looked up (on the large world 861,830 transfers), and a holder is then not counted among its own account's payers.
  MATCH (a:BankAccount) USING INDEX a:BankAccount(transfersIn)
  WHERE a.transfersIn >= $minFanInSenders AND spoor.part(a.spoorId, $parts) = $part AND {{visibleNode a}}
  WITH a, COLLECT { MATCH (user:Person)-[h:HOLDS_ACCOUNT]->(a) WHERE {{visible h}} AND {{visibleNode user}} RETURN user } AS users
  WHERE size(users) > 0
  WITH users, COLLECT { MATCH (a)<-[t:TRANSFER]-(o:BankAccount)
                        WHERE t.date >= $since AND t.date <= $until AND {{visible t}} AND {{visibleNode o}}
                        WITH DISTINCT o
                        MATCH (o)<-[hs:HOLDS_ACCOUNT]-(s:Person) WHERE {{visible hs}} AND {{visibleNode s}}
                        RETURN DISTINCT s } AS senders
  WHERE size(senders) >= $minFanInSenders
  UNWIND users AS user
  WITH user, senders WHERE size([s IN senders WHERE s <> user]) >= $minFanInSenders
  RETURN DISTINCT user, 'fanIn' AS anchor
}
{{CONTROLLERS}}
