// unusualWealth, first cut: the persons who may benefit from a notable asset (DESIGN §5), found from
// selective anchors rather than from every person: real estate acquired in the period or paid in cash,
// vehicles of at least $notableVehicleValue registered in the period, and other assets (cash found,
// luxury goods). Each anchor goes to its holder, the holder's partner, the directors and owners
// (>= $minShare %) of a holding company, and the persons seen driving a vehicle. Ranked by anchored value
// against declared income, at most $maxCandidates; the full picture of each is read afterwards.
// Only facts the request's view may use (View.cypher marks): relationships of a usable source, entities a usable
// source asserts, node values as the usable sources state them.
CYPHER 25
CALL () {
  // Bought in the period, then paid in cash before it: two seeks on the V10 relationship indexes (owns_property_from,
  // owns_property_paid_in_cash) instead of a scan of every OWNS_PROPERTY; the two parts do not overlap.
  MATCH (h)-[r:OWNS_PROPERTY]->(re:RealEstate)
  WHERE r.from >= $since AND r.from <= $until AND {{visible r}} AND {{visibleNode h}} AND {{visibleNode re}}
  RETURN h, coalesce(r.purchasePrice, {{asserted re.wozValue}}, 0.0) AS value
  UNION ALL
  MATCH (h)-[r:OWNS_PROPERTY]->(re:RealEstate) USING INDEX r:OWNS_PROPERTY(paidInCash)
  WHERE r.paidInCash = true AND r.from < $since AND {{visible r}} AND {{visibleNode h}} AND {{visibleNode re}}
  RETURN h, coalesce(r.purchasePrice, {{asserted re.wozValue}}, 0.0) AS value
  UNION ALL
  MATCH (h)-[r:REGISTERED_OWNER]->(v:Vehicle)
  WHERE r.from >= $since AND r.from <= $until AND {{asserted v.catalogueValue}} >= $notableVehicleValue
    AND {{visible r}} AND {{visibleNode h}} AND {{visibleNode v}}
  RETURN h, {{asserted v.catalogueValue}} AS value
  UNION ALL
  MATCH (h)-[r:OWNS]->(a:Asset)
  WHERE coalesce(r.from, $since) <= $until AND {{visible r}} AND {{visibleNode h}} AND {{visibleNode a}}
  RETURN h, coalesce({{asserted a.amount}}, 0.0) AS value
}
CALL (h) {
  // The holder itself when a person: a filter on h (`MATCH (p:Person) WHERE p = h` was planned as a scan of every
  // Person per anchor: 41 million rows on the large world).
  WITH h AS p WHERE p:Person
  RETURN p
  UNION
  MATCH (h:Person)-[f:FAMILY_OF]-(p:Person) WHERE f.relation = 'partner' AND {{visible f}}
  RETURN p
  UNION
  MATCH (h:Company)<-[d:DIRECTOR_OF|OWNS]-(p:Person) WHERE (d:DIRECTOR_OF OR d.share >= $minShare) AND {{visible d}}
  RETURN p
  UNION
  MATCH (h)-[ro:REGISTERED_OWNER]->(v:Vehicle)<-[o:OBSERVED_DRIVING]-(p:Person)
  WHERE p <> h AND o.date >= $since AND o.date <= $until AND {{visible ro}} AND {{visible o}} AND {{visibleNode v}}
  RETURN p
}
WITH p, value WHERE {{visibleNode p}}
WITH p, sum(value) AS anchored
WITH p, anchored,
     COLLECT { MATCH (p)-[i:DECLARED_INCOME]->(tax) WHERE i.year >= $since.year AND i.year <= $until.year AND {{visible i}} AND {{visibleNode tax}}
               RETURN i.amount } AS declared
WITH p, anchored, reduce(m = 0.0, a IN declared | CASE WHEN a > m THEN a ELSE m END) AS income
ORDER BY anchored / CASE WHEN income < 1.0 THEN 1.0 ELSE income END DESC, p.spoorId
WITH collect(p.spoorId) AS persons
RETURN size(persons) AS candidates, persons[0..$maxCandidates] AS persons
