CYPHER 25
// Controller candidates of mensenhandel networks (DESIGN §5), from three selective anchors, never from all
// persons: (1) phones behind several ads under different aliases or for different persons, (2) landlords
// (persons or firms) letting to many persons at one address, (3) persons whose accounts receive from many
// persons. A firm found by (1) or (2) stands for the persons who direct or own it. Every value is a parameter.
CALL () {
  MATCH (ph:Phone)<-[:USES_PHONE]-(ad:Ad)
  OPTIONAL MATCH (ad)-[:ADVERTISES_WITH]->(adv:Person)
  WITH ph, count(DISTINCT ad.alias) AS aliases, count(DISTINCT adv) AS persons
  WHERE aliases >= $minAliasesPerPhone OR persons >= $minPersonsPerPhone
  MATCH (ph)<-[:USES_PHONE]-(user)
  WHERE user:Person OR user:Company
  RETURN DISTINCT user, 'phone' AS anchor
UNION
  MATCH (landlord)-[r:LANDLORD_OF]->(t:Person)
  WITH landlord, r.address AS address, count(DISTINCT t) AS tenants
  WHERE tenants >= $minUnrelatedPersons
  RETURN DISTINCT landlord AS user, 'address' AS anchor
UNION
  // The degree (a lookup) prunes before the senders are counted. The sending accounts are made distinct before their
  // holders are looked up: once per account, not once per transfer (on the large world 861,830 transfers, 11 million db hits).
  MATCH (user:Person)-[:HOLDS_ACCOUNT]->(a:BankAccount)
  WHERE COUNT { (a)<-[:TRANSFER]-() } >= $minFanInSenders
  WITH user, COUNT { MATCH (a)<-[t:TRANSFER]-(o:BankAccount)
                     WHERE t.date >= $since AND t.date <= $until
                     WITH DISTINCT o
                     MATCH (o)<-[:HOLDS_ACCOUNT]-(s:Person) WHERE s <> user
                     RETURN DISTINCT s } AS senders
  WHERE senders >= $minFanInSenders
  RETURN DISTINCT user, 'fanIn' AS anchor
}
CALL (user) {
  // A filter on user, not `MATCH (c:Person) WHERE c = user`, which may be planned as a scan of every Person per anchor.
  WITH user AS c WHERE c:Person RETURN c
  UNION
  MATCH (c:Person)-[:DIRECTOR_OF|OWNS]->(user) RETURN c
}
RETURN c.spoorId AS controller, collect(DISTINCT anchor) AS anchors
ORDER BY controller
