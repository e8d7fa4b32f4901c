CYPHER 25
// How the seller and the buyer of a resale are related, and the transfers that paid it (buyer's account to
// seller's account within $paymentDays of the sale). Each relation with the relationships that show it.
UNWIND $pairs AS pair
MATCH (x:Entity {spoorId: pair.seller}), (y:Entity {spoorId: pair.buyer})
OPTIONAL CALL (x, y) {
  MATCH (x)-[f:FAMILY_OF]-(y)
  RETURN 'family (' + coalesce(f.relation, 'relative') + ')' AS relation, [elementId(f)] AS ids
  UNION
  MATCH (x)-[l1:LIVES_AT]->(ad:Address)<-[l2:LIVES_AT]-(y) WHERE l1.until IS NULL AND l2.until IS NULL
  RETURN 'living at the same address ' + coalesce(ad.name, ad.street + ' ' + toString(ad.houseNumber) + ', ' + ad.place, ad.spoorId) AS relation, [elementId(l1), elementId(l2)] AS ids
  UNION
  MATCH (x)<-[c1:DIRECTOR_OF|OWNS]-(c)-[c2:DIRECTOR_OF|OWNS]->(y) WHERE type(c1) = type(c2)
  RETURN 'shared ' + CASE type(c1) WHEN 'OWNS' THEN 'owner ' ELSE 'director ' END + coalesce(c.name, c.spoorId) AS relation,
         [elementId(c1), elementId(c2)] AS ids
  UNION
  MATCH (x)-[c:DIRECTOR_OF|OWNS]-(y)
  RETURN coalesce(startNode(c).name, startNode(c).spoorId) + CASE type(c) WHEN 'OWNS' THEN ' owns ' ELSE ' directs ' END
         + coalesce(endNode(c).name, endNode(c).spoorId) AS relation, [elementId(c)] AS ids
  UNION
  MATCH (x)<-[c1:DIRECTOR_OF|OWNS]-(cx:Person)-[f:FAMILY_OF]-(cy:Person)-[c2:DIRECTOR_OF|OWNS]->(y)
  RETURN 'their controllers are family (' + coalesce(f.relation, 'relative') + ')' AS relation, [elementId(c1), elementId(f), elementId(c2)] AS ids
  UNION
  MATCH (x:Person)-[f:FAMILY_OF]-(cy:Person)-[c2:DIRECTOR_OF|OWNS]->(y)
  RETURN 'family (' + coalesce(f.relation, 'relative') + ') of its controller' AS relation, [elementId(f), elementId(c2)] AS ids
  UNION
  MATCH (x)<-[c1:DIRECTOR_OF|OWNS]-(cx:Person)-[f:FAMILY_OF]-(y:Person)
  RETURN 'family (' + coalesce(f.relation, 'relative') + ') of its controller' AS relation, [elementId(c1), elementId(f)] AS ids
}
WITH pair, x, y, collect(CASE WHEN relation IS NULL THEN null ELSE {relation: relation, ids: ids} END) AS relations
CALL (x, y, pair) {
  OPTIONAL MATCH (y)-[:HOLDS_ACCOUNT]->(:BankAccount)-[t:TRANSFER]->(:BankAccount)<-[:HOLDS_ACCOUNT]-(x)
  WHERE t.date >= pair.date - duration({days: $paymentDays}) AND t.date <= pair.date + duration({days: $paymentDays})
  WITH t ORDER BY t.amount DESC
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE {id: elementId(t), amount: t.amount, date: t.date} END)[0..3] AS payments
}
RETURN pair.seller AS seller, pair.buyer AS buyer, pair.date AS date, relations, payments
