CYPHER 25
// Controller candidates of mensenhandel networks (DESIGN §5), from three selective anchors, never from all
// persons: (1) phones behind several ads under different aliases or for different persons, (2) landlords
// (persons or firms) letting to many persons at one address, (3) persons whose accounts receive from many
// persons. A firm found by (1) or (2) stands for the persons who direct or own it. Every value is a parameter.
// Only relationships on a usable source to entities a usable source asserts, aliases as the usable sources state
// them (View.cypher marks). The prune of (3) on transfersIn counts every transfer: it only ever lets more accounts through.
CALL () {
  MATCH (ph:Phone)<-[u:USES_PHONE]-(ad:Ad)
  WHERE {{visible u}} AND {{visibleNode ad}} AND {{visibleNode ph}}
  OPTIONAL MATCH (ad)-[aw:ADVERTISES_WITH]->(adv:Person)
  WHERE {{visible aw}} AND {{visibleNode adv}}
  WITH ph, count(DISTINCT {{asserted ad.alias}}) AS aliases, count(DISTINCT adv) AS persons
  WHERE aliases >= $minAliasesPerPhone OR persons >= $minPersonsPerPhone
  MATCH (ph)<-[uu:USES_PHONE]-(user)
  WHERE (user:Person OR user:Company) AND {{visible uu}} AND {{visibleNode user}}
  RETURN DISTINCT user, 'phone' AS anchor
UNION
  MATCH (landlord)-[r:LANDLORD_OF]->(t:Person)
  WHERE {{visible r}} AND {{visibleNode t}} AND {{visibleNode landlord}}
  WITH landlord, r.address AS address, count(DISTINCT t) AS tenants
  WHERE tenants >= $minUnrelatedPersons
  RETURN DISTINCT landlord AS user, 'address' AS anchor
UNION
  // The accounts with at least that many incoming transfers, from the index on their count (schema V11; it was a
  // degree lookup on every person's accounts), with the persons holding them. Each account's paying persons are found
  // once (not once per holder: a joint account has two), the sending accounts made distinct before their holders are
  // looked up (on the large world 861,830 transfers), and a holder is then not counted among its own account's payers.
  MATCH (a:BankAccount) USING INDEX a:BankAccount(transfersIn)
  WHERE a.transfersIn >= $minFanInSenders AND {{visibleNode a}}
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
CALL (user) {
  // A filter on user, not `MATCH (c:Person) WHERE c = user`, which may be planned as a scan of every Person per anchor.
  WITH user AS c WHERE c:Person RETURN c
  UNION
  MATCH (c:Person)-[d:DIRECTOR_OF|OWNS]->(user)
  WHERE {{visible d}} AND {{visibleNode c}}
  RETURN c
}
RETURN c.spoorId AS controller, collect(DISTINCT anchor) AS anchors
ORDER BY controller
