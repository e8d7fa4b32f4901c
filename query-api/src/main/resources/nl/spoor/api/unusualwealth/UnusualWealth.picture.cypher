// unusualWealth, full picture of each person in $persons for the period $since..$until (DESIGN §5):
// the household (partner and minor children living at the same address in the period), every asset the
// household holds itself, through a company one of them directs or owns >= $minShare %, or through a
// straw man (a person with >= $strawManMinVehicles vehicles and a declared income <= $strawManMaxIncome
// whose vehicle one of them is seen driving), and the legal income of the household.
// Relationships are returned by element id for the evidence paths.
// Only facts the request's view may use (View.cypher marks): relationships of a usable source whose other end a
// usable source asserts, node values (names, birth dates, values, addresses) as the usable sources state them; also
// inside the EXISTS and COUNT subqueries, so a tie only another partner knows decides nothing.
CYPHER 25
UNWIND $persons AS id
MATCH (p:Entity {spoorId: id}) WHERE p:Person AND {{visibleNode p}}
WITH p, COLLECT {
  MATCH (p)-[f:FAMILY_OF]-(m:Person), (p)-[l1:LIVES_AT]->(a:Address)<-[l2:LIVES_AT]-(m)
  WHERE m <> p
    AND l1.from <= $until AND (l1.until IS NULL OR l1.until >= $since)
    AND l2.from <= $until AND (l2.until IS NULL OR l2.until >= $since)
    AND {{visible f}} AND {{visible l1}} AND {{visible l2}} AND {{visibleNode m}} AND {{visibleNode a}}
    AND (f.relation = 'partner'
         OR (f.relation IN ['parent', 'child'] AND {{asserted m.birthDate}} > $until - duration({years: 18})
             AND ({{asserted p.birthDate}} IS NULL OR {{asserted p.birthDate}} <= $until - duration({years: 18}))))
  RETURN DISTINCT {member: m, person: m.spoorId, name: {{asserted m.name}}, relation: CASE WHEN f.relation = 'partner' THEN 'partner' ELSE 'child' END,
                   rels: [elementId(f), elementId(l1), elementId(l2)], address: a.spoorId}
} AS household
WITH p, [m IN household | m {.person, .name, .relation, .rels, .address}] AS household, [p] + [m IN household | m.member] AS members
WITH p, household, members, [m IN members | m.spoorId] AS unit
OPTIONAL CALL (members) {
  // held by a person of the household
  UNWIND members AS h
  MATCH (h)-[r:REGISTERED_OWNER|OWNS_PROPERTY|OWNS]->(x)
  WHERE (x:Vehicle OR x:RealEstate OR x:Asset) AND {{visible r}} AND {{visibleNode x}}
  RETURN h, x, r, 'DIRECT' AS via, [] AS route, null AS strawIncome
  UNION
  // held by a company a person of the household directs or owns >= $minShare %
  UNWIND members AS h2
  MATCH (h2)-[d:DIRECTOR_OF|OWNS]->(h:Company)-[r:REGISTERED_OWNER|OWNS_PROPERTY|OWNS]->(x)
  WHERE (x:Vehicle OR x:RealEstate OR x:Asset)
    AND {{visible d}} AND {{visible r}} AND {{visibleNode h}} AND {{visibleNode x}}
    AND ((d:DIRECTOR_OF AND coalesce(d.from, $until) <= $until AND (d.until IS NULL OR d.until >= $since))
         OR (d:OWNS AND d.share >= $minShare))
  RETURN h, x, r, 'COMPANY' AS via, [elementId(d)] AS route, null AS strawIncome
  UNION
  // registered to a straw man and driven by a person of the household
  UNWIND members AS d
  MATCH (d)-[o:OBSERVED_DRIVING]->(x:Vehicle)<-[r:REGISTERED_OWNER]-(h:Person)
  WHERE NOT h IN members AND o.date >= $since AND o.date <= $until
    AND {{visible o}} AND {{visible r}} AND {{visibleNode x}} AND {{visibleNode h}}
    AND COUNT { (h)-[rr:REGISTERED_OWNER]->(vv:Vehicle) WHERE rr.from <= $until AND (rr.until IS NULL OR rr.until >= $since)
                AND {{visible rr}} AND {{visibleNode vv}} } >= $strawManMinVehicles
  WITH DISTINCT h, x, r,
       reduce(m = 0.0, a IN COLLECT { MATCH (h)-[i:DECLARED_INCOME]->(tax) WHERE i.year >= $since.year AND i.year <= $until.year
                                        AND {{visible i}} AND {{visibleNode tax}} RETURN i.amount }
              | CASE WHEN a > m THEN a ELSE m END) AS strawIncome,
       COLLECT { MATCH (h)-[i:DECLARED_INCOME]->(tax) WHERE i.year >= $since.year AND i.year <= $until.year
                   AND {{visible i}} AND {{visibleNode tax}} RETURN elementId(i) } AS strawIncomeRels
  WHERE strawIncome <= $strawManMaxIncome
  RETURN h, x, r, 'STRAW_MAN' AS via, strawIncomeRels AS route, strawIncome
}
WITH p, household, members, h, x, r, via, route, strawIncome
WHERE r IS NULL
   OR (coalesce(r.from, $since) <= $until AND (r.until IS NULL OR r.until >= $since)
       // real estate passed on: only its latest owner in the period holds it
       AND NOT (r:OWNS_PROPERTY AND EXISTS { MATCH (x)<-[r2:OWNS_PROPERTY]-(buyer) WHERE r2.from > r.from AND r2.from <= $until
                                                   AND {{visible r2}} AND {{visibleNode buyer}} }))
WITH p, household, members, collect(CASE WHEN x IS NULL THEN null ELSE {
  asset: x.spoorId, kind: [l IN labels(x) WHERE l <> 'Entity'][0],
  caption: coalesce({{asserted x.name}}, CASE WHEN x:Vehicle THEN {{asserted x.make}} + ' ' + {{asserted x.model}} + ' ' + {{asserted x.kenteken}} END, x.spoorId),
  holder: h.spoorId, holderKind: [l IN labels(h) WHERE l <> 'Entity'][0], holderName: {{asserted h.name}},
  via: via, route: route, holding: elementId(r), strawIncome: strawIncome,
  catalogueValue: {{asserted x.catalogueValue}}, firstRegistration: {{asserted x.firstRegistration}},
  purchasePrice: coalesce(r.purchasePrice, CASE WHEN {{asserted x.purchaseDate}} = r.from THEN {{asserted x.purchasePrice}} END),
  wozValue: {{asserted x.wozValue}}, amount: {{asserted x.amount}},
  share: r.share, acquired: r.from, paidInCash: r.paidInCash,
  address: COLLECT { MATCH (x)-[la:LOCATED_AT]->(a:Address) WHERE {{visible la}} AND {{visibleNode a}}
                     RETURN coalesce({{asserted a.street}} + ' ' + {{asserted a.houseNumber}} + coalesce({{asserted a.suffix}}, '') + ', '
                                     + {{asserted a.postcode}} + ' ' + {{asserted a.place}}, a.spoorId) }[0],
  // a vehicle only others drive, registered to someone with many vehicles and little income: held for them
  othersDriving: CASE WHEN x:Vehicle THEN COLLECT { MATCH (d:Person)-[o:OBSERVED_DRIVING]->(x) WHERE NOT d IN members AND o.date >= $since AND o.date <= $until
                                                   AND {{visible o}} AND {{visibleNode d}}
                                             RETURN DISTINCT {{asserted d.name}} } ELSE [] END,
  holderVehicles: CASE WHEN x:Vehicle AND h:Person THEN COUNT { (h)-[rr:REGISTERED_OWNER]->(vv:Vehicle) WHERE rr.from <= $until AND (rr.until IS NULL OR rr.until >= $since)
                                                                AND {{visible rr}} AND {{visibleNode vv}} } END,
  holderIncome: CASE WHEN x:Vehicle AND h:Person THEN reduce(m = 0.0, a IN COLLECT { MATCH (h)-[i:DECLARED_INCOME]->(tax) WHERE i.year >= $since.year AND i.year <= $until.year
                                                                                       AND {{visible i}} AND {{visibleNode tax}} RETURN i.amount }
                                                         | CASE WHEN a > m THEN a ELSE m END) END,
  sightings: COLLECT { MATCH (d:Person)-[o:OBSERVED_DRIVING]->(x) WHERE d IN members AND o.date >= $since AND o.date <= $until AND {{visible o}}
                       RETURN {rel: elementId(o), driver: d.spoorId, date: o.date, place: o.place} ORDER BY o.date }
} END) AS holdings
CALL (members) {
  UNWIND members AS h
  RETURN collect({person: h.spoorId, name: {{asserted h.name}},
    declared: COLLECT { MATCH (h)-[i:DECLARED_INCOME]->(tax) WHERE i.year >= $since.year AND i.year <= $until.year
                          AND {{visible i}} AND {{visibleNode tax}}
                        RETURN {rel: elementId(i), year: i.year, amount: i.amount} },
    wages: COLLECT { MATCH (h)-[e:EMPLOYED_BY]->(w) WHERE coalesce(e.from, $since) <= $until AND (e.until IS NULL OR e.until >= $since)
                       AND {{visible e}} AND {{visibleNode w}}
                     RETURN {rel: elementId(e), payer: {{asserted w.name}}, monthly: e.monthlyWage, from: e.from, until: e.until} },
    benefits: COLLECT { MATCH (h)-[b:RECEIVES_BENEFIT]->(o) WHERE coalesce(b.from, $since) <= $until AND (b.until IS NULL OR b.until >= $since)
                          AND {{visible b}} AND {{visibleNode o}}
                        RETURN {rel: elementId(b), payer: {{asserted o.name}}, benefit: b.benefit, monthly: b.monthlyAmount, from: b.from, until: b.until} },
    payments: COLLECT { MATCH (h)-[ha:HOLDS_ACCOUNT]->(acc:BankAccount)<-[t:TRANSFER]-(payer)
                        WHERE t.date >= $since AND t.date <= $until AND t.channel IN ['salaris', 'uitkering']
                          AND {{visible ha}} AND {{visibleNode acc}} AND {{visible t}} AND {{visibleNode payer}}
                        RETURN {rel: elementId(t), date: t.date, amount: t.amount} ORDER BY t.date DESC }
  }) AS income
}
RETURN p.spoorId AS person, {{asserted p.name}} AS name, household, holdings, income
