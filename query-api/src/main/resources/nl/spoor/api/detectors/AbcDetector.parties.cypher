CYPHER 25
// How the seller and the buyer of a resale are related, and the transfers that paid it (buyer's account to
// seller's account within $paymentDays of the sale). Each relation with the relationships that show it.
// Only ties, transfers and names of the view's usable sources (View.cypher).
UNWIND $pairs AS pair
MATCH (x:Entity {spoorId: pair.seller}), (y:Entity {spoorId: pair.buyer})
OPTIONAL CALL (x, y) {
  MATCH (x)-[f:FAMILY_OF]-(y) WHERE {{visible f}}
  RETURN 'family (' + coalesce(f.relation, 'relative') + ')' AS relation, [elementId(f)] AS ids
  UNION
  MATCH (x)-[l1:LIVES_AT]->(ad:Address)<-[l2:LIVES_AT]-(y) WHERE l1.until IS NULL AND l2.until IS NULL AND {{visible l1}} AND {{visible l2}}
  RETURN 'living at the same address ' + coalesce({{asserted ad.name}}, {{asserted ad.street}} + ' ' + toString({{asserted ad.houseNumber}}) + ', '
         + {{asserted ad.place}}, ad.spoorId) AS relation, [elementId(l1), elementId(l2)] AS ids
  UNION
  MATCH (x)<-[c1:DIRECTOR_OF|OWNS]-(c)-[c2:DIRECTOR_OF|OWNS]->(y) WHERE type(c1) = type(c2) AND {{visible c1}} AND {{visible c2}}
  RETURN 'shared ' + CASE type(c1) WHEN 'OWNS' THEN 'owner ' ELSE 'director ' END + coalesce({{asserted c.name}}, c.spoorId) AS relation,
         [elementId(c1), elementId(c2)] AS ids
  UNION
  MATCH (x)-[c:DIRECTOR_OF|OWNS]-(y) WHERE {{visible c}}
  WITH c, startNode(c) AS s, endNode(c) AS e
  RETURN coalesce({{asserted s.name}}, s.spoorId) + CASE type(c) WHEN 'OWNS' THEN ' owns ' ELSE ' directs ' END
         + coalesce({{asserted e.name}}, e.spoorId) AS relation, [elementId(c)] AS ids
  UNION
  MATCH (x)<-[c1:DIRECTOR_OF|OWNS]-(cx:Person)-[f:FAMILY_OF]-(cy:Person)-[c2:DIRECTOR_OF|OWNS]->(y)
  WHERE {{visible c1}} AND {{visible f}} AND {{visible c2}}
  RETURN 'their controllers are family (' + coalesce(f.relation, 'relative') + ')' AS relation, [elementId(c1), elementId(f), elementId(c2)] AS ids
  UNION
  MATCH (x:Person)-[f:FAMILY_OF]-(cy:Person)-[c2:DIRECTOR_OF|OWNS]->(y) WHERE {{visible f}} AND {{visible c2}}
  RETURN 'family (' + coalesce(f.relation, 'relative') + ') of its controller' AS relation, [elementId(f), elementId(c2)] AS ids
  UNION
  MATCH (x)<-[c1:DIRECTOR_OF|OWNS]-(cx:Person)-[f:FAMILY_OF]-(y:Person) WHERE {{visible c1}} AND {{visible f}}
  RETURN 'family (' + coalesce(f.relation, 'relative') + ') of its controller' AS relation, [elementId(c1), elementId(f)] AS ids
}
WITH pair, x, y, collect(CASE WHEN relation IS NULL THEN null ELSE {relation: relation, ids: ids} END) AS relations
CALL (x, y, pair) {
  OPTIONAL MATCH (y)-[hy:HOLDS_ACCOUNT]->(:BankAccount)-[t:TRANSFER]->(:BankAccount)<-[hx:HOLDS_ACCOUNT]-(x)
  WHERE t.date >= pair.date - duration({days: $paymentDays}) AND t.date <= pair.date + duration({days: $paymentDays})
    AND {{visible hy}} AND {{visible t}} AND {{visible hx}}
  WITH t ORDER BY t.amount DESC
  RETURN collect(CASE WHEN t IS NULL THEN null ELSE {id: elementId(t), amount: t.amount, date: t.date} END)[0..3] AS payments
}
RETURN pair.seller AS seller, pair.buyer AS buyer, pair.date AS date, relations, payments
