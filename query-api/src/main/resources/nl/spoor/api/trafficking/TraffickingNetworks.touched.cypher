CYPHER 25
// The controller candidates whose network a person may belong to who stays at hotels and Airbnbs ($stayPersons) or uses
// a phone that carries ads ($phonePersons): her landlord, whom she pays, who offers her in ads on his phone, and for a
// firm the persons who direct or own it. Few persons, read once per query: the ranking reads no further a candidate whose
// indicators cannot reach minIndicators even at best (TraffickingNetworks.network.cypher, $touched), and a hotel stay or
// an ad can only count where such a person is tied to it. Every relationship of any source, in any period: a bound,
// never what is counted.
UNWIND [['stays', $stayPersons], ['phones', $phonePersons]] AS kind
UNWIND kind[1] AS pid
MATCH (s:Entity {spoorId: pid})
WHERE s:Person
CALL (s) {
  MATCH (s)<-[:LANDLORD_OF]-(x)
  RETURN x
UNION
  MATCH (s)-[:HOLDS_ACCOUNT]->(:BankAccount)-[:TRANSFER]->(paid:BankAccount)
  WITH DISTINCT paid
  MATCH (paid)<-[:HOLDS_ACCOUNT]-(x:Person)
  RETURN x
UNION
  MATCH (s)<-[:ADVERTISES_WITH]-(:Ad)-[:USES_PHONE]->(:Phone)<-[:USES_PHONE]-(x)
  RETURN x
}
CALL (x) {
  WITH x AS c WHERE c:Person RETURN c
UNION
  MATCH (c:Person)-[:DIRECTOR_OF|OWNS]->(x)
  RETURN c
}
RETURN kind[0] AS kind, collect(DISTINCT c.spoorId) AS controllers
