CYPHER 25
// Everything that ties persons to one controller (DESIGN §5), for a chunk of candidates: the controller's
// firms (DIRECTOR_OF, OWNS), family (excluded from victims), tenants of the controller or a firm,
// persons paying the controller, persons advertised on a phone the controller or a firm uses; then of
// those persons: who lives at each let address and whether related to another resident there, stays at
// hotels and Airbnbs, ads on the phones of the network, the controller's drives in vehicles not
// registered to the controller, and what a person does for the controller (receives others' money and
// pays it on, lets her phone carry their ads, lets rooms to them: always others of the network; with $details only).
// Relationship element ids come along as evidence; those of the many tenancies and residents only with $details
// (the page: on large a ranking read made 490,000 of them for nothing). Every value is a parameter.
// Only relationships on a usable source to entities a usable source asserts; names, birth dates, aliases, places and
// address types as the usable sources state them (View.cypher marks). A family tie, a registration or a vehicle's
// owner known only to a source the request may not use does not count.
// In two stages: the let addresses' residents and the employees first, then, for a ranking, the rest only of the
// candidates that can still reach $minIndicators ($touched, below).
UNWIND $controllers AS cid
MATCH (c:Entity {spoorId: cid}) WHERE c:Person
WITH c, cid, [c] + COLLECT { MATCH (c)-[d:DIRECTOR_OF|OWNS]->(co:Company) WHERE {{visible d}} AND {{visibleNode co}} RETURN DISTINCT co } AS parties
WITH c, cid, parties, COLLECT { MATCH (c)-[k:FAMILY_OF]-(f:Person) WHERE {{visible k}} AND {{visibleNode f}} RETURN DISTINCT f.spoorId } AS family
// First what two indicators need from the controller and the firms alone: whom they let to, whom they employ, and who
// lives at the let addresses.
WITH c, cid, parties, family,
     COLLECT { UNWIND parties AS party
               WITH party, party.spoorId AS partyId
               MATCH (party)-[r:LANDLORD_OF]->(p:Person)
               WHERE p <> c AND {{visible r}} AND {{visibleNode p}}
               RETURN {p: p, person: p.spoorId, party: partyId, address: r.address, rel: CASE WHEN $details THEN elementId(r) END} } AS lettings
// A family member renting from the controller is no tenancy of the network, but counts as an employee who rents.
WITH c, cid, parties, family, [x IN lettings WHERE NOT x.person IN family | x {.person, .party, .address, .rel}] AS tenancies,
     [x IN lettings | x.p] AS tenants
WITH c, cid, parties, family, tenancies,
     // Only employees who rent from the controller or a firm: checked against the tenants just read, not from every
     // employee's landlords again (on large 195,000 db hits).
     COLLECT { UNWIND CASE WHEN size(tenants) > 0 THEN parties ELSE [] END AS employer
               MATCH (p:Person)-[e:EMPLOYED_BY]->(employer)
               WHERE p <> c AND p IN tenants AND {{visible e}} AND {{visibleNode p}}
               RETURN {person: p.spoorId, employer: employer.spoorId, rel: elementId(e)} } AS employments
WITH c, cid, parties, family, tenancies, employments,
     reduce(acc = [], a IN [x IN tenancies WHERE x.address IS NOT NULL | x.address] | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS letAddresses
WITH c, cid, parties, family, tenancies, employments, letAddresses,
     COLLECT { UNWIND letAddresses AS aid
               MATCH (a:Entity {spoorId: aid})
               WHERE a:Address AND {{visibleNode a}}
               RETURN {node: a, id: aid} } AS lets
WITH c, cid, parties, family, tenancies, employments, letAddresses, lets,
     // The places where persons of the network live, for the transport indicator: only of a controller seen driving,
     // and only whether anyone lives at each let address, not who.
     COLLECT { UNWIND CASE WHEN EXISTS { (c)-[:OBSERVED_DRIVING]->() } THEN lets ELSE [] END AS let
               WITH let.node AS a
               WITH a WHERE EXISTS { MATCH (a)<-[lv:LIVES_AT]-(p:Person)
                                     WHERE p <> c AND NOT p.spoorId IN family AND {{visible lv}} AND {{visibleNode p}}
                                       AND ($openPeriod OR coalesce(lv.from, $since) <= $until AND coalesce(lv.until, $until) >= $since) }
               WITH {{asserted a.place}} AS place WHERE place IS NOT NULL
               RETURN DISTINCT place } AS homePlaces,
     COLLECT { UNWIND lets AS let
               // The ranking read leaves out an address with fewer registrations than the indicator's threshold (of any
               // source and period, so at least as many as it could count): the indicator cannot fire there. On large
               // that is six in seven let addresses.
               WITH let.node AS a, let.id AS aid
               WITH a, aid WHERE $details OR COUNT { (a)<-[:LIVES_AT]-() } >= $minUnrelatedPersons
               // Everyone registered there (any period; the controller and family too), read once: the residents are
               // among them, and so is any family member a resident lives with.
               WITH a, aid, COLLECT { MATCH (a)<-[lv:LIVES_AT]-(p:Person) WHERE {{visible lv}} RETURN {p: p, lv: lv} } AS registered
               WITH a, aid, registered,
                    COLLECT { UNWIND registered AS x
                              WITH x.p AS p, x.lv AS lv
                              WHERE p <> c AND NOT p.spoorId IN family AND {{visibleNode p}}
                                // No period asked ($openPeriod): every registration, its days not read (on large two
                                // reads for each of 196,000 registrations).
                                AND ($openPeriod OR coalesce(lv.from, $since) <= $until AND coalesce(lv.until, $until) >= $since)
                              RETURN {p: p, lv: lv, id: p.spoorId} } AS here
               // Who is related to another resident only where it can matter: an address with fewer residents than the
               // threshold cannot fire the indicator, so the ranking read does not check them (on large 2 million db hits).
               WITH aid, here, $details OR size(here) >= $minUnrelatedPersons AS check, {{asserted a.place}} AS place,
                    [x IN registered | x.p] AS everyone
               UNWIND here AS x
               WITH aid, place, check, everyone, x.p AS p, x.lv AS lv, x.id AS pid
               RETURN {address: aid, place: place, person: pid, rel: CASE WHEN $details THEN elementId(lv) END,
                       // From the resident's family (mostly none) to those registered there, not from every resident of
                       // the address to each one's family (on large 2.4 million db hits), nor from each family member to
                       // all of her addresses again.
                       related: CASE WHEN check THEN EXISTS { MATCH (p)-[k:FAMILY_OF]-(o:Person)
                                         WHERE o <> p AND o IN everyone AND {{visible k}} AND {{visibleNode o}} } ELSE false END} } AS residents
// A ranking ($touched not null) reads no further a candidate whose indicators cannot reach $minIndicators even at best:
// on large more than half of the candidates, fan-in their only indicator. At best fan-in fires; unrelatedPersonsPerAddress
// and employerIsLandlord as they are; hotel stays and ads where a person who stays at hotels or uses a phone that carries
// ads is tied to the candidate ($touched: kind → controller → true, TraffickingNetworks.touched.cypher), ads too where
// the controller or a firm uses such a phone; transport where the controller is seen driving at all.
CALL (c, cid, parties, employments, letAddresses, residents) {
  WITH c, cid, parties, employments, letAddresses, residents WHERE $touched IS NOT NULL
  RETURN 1 + CASE WHEN any(aid IN letAddresses WHERE size([r IN residents WHERE r.address = aid AND NOT r.related]) >= $minUnrelatedPersons)
                  THEN 1 ELSE 0 END
           + CASE WHEN size(reduce(acc = [], e IN employments | CASE WHEN e.person IN acc THEN acc ELSE acc + e.person END)) >= $minEmployerIsLandlord
                  THEN 1 ELSE 0 END
           + CASE WHEN coalesce($touched.stays[cid], false) THEN 1 ELSE 0 END
           + CASE WHEN coalesce($touched.phones[cid], false) OR any(party IN parties WHERE $adPhones[party.spoorId] IS NOT NULL) THEN 2 ELSE 0 END
           + CASE WHEN EXISTS { (c)-[:OBSERVED_DRIVING]->() } THEN 1 ELSE 0 END AS atBest
  UNION
  WITH c WHERE $touched IS NULL
  RETURN $minIndicators AS atBest
}
WITH c, parties, family, tenancies, employments, letAddresses, residents, homePlaces WHERE atBest >= $minIndicators
WITH c, parties, family, tenancies, employments, letAddresses, residents, homePlaces,
     COLLECT { MATCH (c)-[r:DIRECTOR_OF|OWNS]->(co:Company)
               WHERE {{visible r}} AND {{visibleNode co}}
               RETURN {company: co.spoorId, name: {{asserted co.name}}, rel: elementId(r)} } AS companies,
     // Who pays the controller: the paying accounts made distinct before their holders are looked up (a tenant pays every
     // month). The fan-in anchor has already found the paying persons of the controller's accounts that receive from many
     // ($paid: controller → {accounts, payers}, the ranking's read only): here only the other accounts' are looked up, not
     // the same holders again (on large 1.9 million db hits). The payments themselves (amounts, days, evidence) only with
     // $details: the ranking counts payers, and on large reading every payment of 3,491 candidates was a tenth of this
     // query's work.
     COLLECT { UNWIND coalesce($paid[c.spoorId].payers, []) + COLLECT {
                   MATCH (c)-[h:HOLDS_ACCOUNT]->(ca:BankAccount)
                   WHERE NOT ca.spoorId IN coalesce($paid[c.spoorId].accounts, []) AND {{visible h}} AND {{visibleNode ca}}
                   MATCH (ca)<-[t:TRANSFER]-(pa:BankAccount)
                   WHERE ($openPeriod OR t.date >= $since AND t.date <= $until) AND {{visible t}} AND {{visibleNode pa}}
                   WITH DISTINCT pa
                   MATCH (pa)<-[hs:HOLDS_ACCOUNT]-(p:Person)
                   WHERE p <> c AND {{visible hs}} AND {{visibleNode p}}
                   RETURN DISTINCT p.spoorId } AS p
               WITH DISTINCT p WHERE NOT p IN family
               RETURN p } AS payers,
     COLLECT { UNWIND CASE WHEN $details THEN [c] ELSE [] END AS cc
               MATCH (cc)-[h:HOLDS_ACCOUNT]->(ca:BankAccount)<-[t:TRANSFER]-(pa:BankAccount)
               WHERE ($openPeriod OR t.date >= $since AND t.date <= $until) AND {{visible h}} AND {{visibleNode ca}} AND {{visible t}} AND {{visibleNode pa}}
               WITH pa, collect({h: h, t: t}) AS paid
               MATCH (pa)<-[hs:HOLDS_ACCOUNT]-(p:Person)
               WHERE p <> c AND NOT p.spoorId IN family AND {{visible hs}} AND {{visibleNode p}}
               UNWIND paid AS x
               RETURN {person: p.spoorId, amount: x.t.amount, date: x.t.date, rels: [elementId(hs), elementId(x.t), elementId(x.h)]} } AS payments,
     COLLECT { UNWIND parties AS party
               MATCH (party)-[pu:USES_PHONE]->(ph:Phone)<-[u:USES_PHONE]-(ad:Ad)-[aw:ADVERTISES_WITH]->(p:Person)
               WHERE p <> c AND NOT p.spoorId IN family
                 AND {{visible pu}} AND {{visibleNode ph}} AND {{visible u}} AND {{visibleNode ad}} AND {{visible aw}} AND {{visibleNode p}}
               RETURN DISTINCT p.spoorId } AS advertised
WITH c, parties, family, companies, tenancies, payers, payments, advertised, employments, letAddresses, residents, homePlaces,
     reduce(acc = [], id IN [x IN tenancies | x.person] + payers + advertised
            | CASE WHEN id IN acc THEN acc ELSE acc + id END) AS memberIds
WITH c, parties, family, companies, tenancies, payers, payments, employments, letAddresses, residents, homePlaces, memberIds,
     // The members themselves only where their names, birth dates, acts or (for a restricted view) stays are read: the
     // ranking needs their ids only (on large 60,000 look-ups by id for nothing).
     COLLECT { UNWIND CASE WHEN $details OR $stayers IS NULL THEN memberIds ELSE [] END AS mid MATCH (m:Entity {spoorId: mid}) RETURN m } AS members
WITH c, parties, family, companies, tenancies, payers, payments, employments, members, memberIds, letAddresses, residents, homePlaces,
     [x IN parties | x.spoorId] + memberIds AS users
WITH c, parties, family, companies, tenancies, payers, payments, employments, members, memberIds, users, letAddresses, residents, homePlaces,
     // The network's phones that carry ads, from the users of such phones read once for all networks ($adPhones:
     // user → phones, TraffickingNetworks.adPhones.cypher), not from every person's phones again in every network.
     reduce(acc = [], u IN users | acc + [ph IN coalesce($adPhones[u], []) WHERE NOT ph IN acc]) AS phones
RETURN c.spoorId AS controller, {{asserted c.name}} AS name,
       // Names and birth dates (who is a minor: a protective reason, never an indicator) only with $details, as the acts.
       CASE WHEN $details THEN [m IN members | {person: m.spoorId, name: {{asserted m.name}}, birthDate: {{asserted m.birthDate}}}]
            ELSE [id IN memberIds | {person: id, name: null, birthDate: null}] END AS members,
       family, companies, tenancies, payers, payments, employments, residents, homePlaces,
       // The stays at hotels and Airbnbs: from those read once for the whole query ($stayers: person → stays,
       // TraffickingNetworks.stays.cypher) when every source is usable; else from each member's addresses, whose type is
       // as the usable sources state it (no index serves that). On large the members' addresses were 1.7 million db hits
       // for 253 stays; the whole graph has 198.
       COLLECT { UNWIND CASE WHEN $stayers IS NULL THEN members ELSE [] END AS m
                 MATCH (m)-[s:LIVES_AT]->(a:Address)
                 WHERE {{asserted a.addressType}} IN $stayTypes AND {{visible s}} AND {{visibleNode a}}
                   AND coalesce(s.from, $since) <= $until AND coalesce(s.until, $until) >= $since
                 RETURN {person: m.spoorId, address: a.spoorId, place: {{asserted a.place}}, from: s.from, until: s.until, rel: elementId(s)} }
       + reduce(acc = [], m IN memberIds | acc + [s IN coalesce($stayers[m], []) | s {.*, person: m}]) AS stays,
       // From the few phones that carry ads, not again from every person of the network (most persons have a phone).
       COLLECT { UNWIND phones AS pid
                 MATCH (ph:Entity {spoorId: pid})<-[up:USES_PHONE]-(u)
                 WHERE u.spoorId IN users AND {{visible up}}
                 RETURN {phone: pid, user: u.spoorId, rel: elementId(up)} } AS phoneUsers,
       COLLECT { UNWIND phones AS pid
                 MATCH (ph:Entity {spoorId: pid})<-[u:USES_PHONE]-(ad:Ad)
                 WHERE {{visible u}} AND {{visibleNode ad}}
                 OPTIONAL MATCH (ad)-[aw:ADVERTISES_WITH]->(p:Person)
                 WHERE {{visible aw}} AND {{visibleNode p}}
                 RETURN {phone: pid, ad: ad.spoorId, alias: {{asserted ad.alias}}, person: p.spoorId, rels: [elementId(u), elementId(aw)]} } AS ads,
       COLLECT { MATCH (c)-[o:OBSERVED_DRIVING]->(v:Vehicle)
                 WHERE NOT EXISTS { MATCH (c)-[own:REGISTERED_OWNER]->(v) WHERE {{visible own}} } AND o.date >= $since AND o.date <= $until
                   AND {{visible o}} AND {{visibleNode v}}
                 RETURN {vehicle: v.spoorId, date: o.date, place: o.place, rel: elementId(o),
                         owner: head(COLLECT { MATCH (owner)-[ro:REGISTERED_OWNER]->(v)
                                               WHERE {{visible ro}} AND {{visibleNode owner}}
                                               RETURN {owner: owner.spoorId, name: {{asserted owner.name}}, rel: elementId(ro)} })} } AS sightings,
       // What members do for the controller only with $details (the page): it sets roles and protective reasons, never an
       // indicator, so the networks are ranked without it (on large it was two fifths of this query's work).
       // Only transfers from an account a person of the network holds: that account is checked before its holders are
       // expanded (every member's salary and benefits came from busy accounts whose holders were read for nothing).
       COLLECT { WITH COLLECT { UNWIND CASE WHEN $details THEN members ELSE [] END AS o MATCH (o)-[:HOLDS_ACCOUNT]->(oa:BankAccount) RETURN DISTINCT oa } AS memberAccounts
                 UNWIND CASE WHEN $details THEN members ELSE [] END AS m
                 MATCH (m)-[h:HOLDS_ACCOUNT]->(ma:BankAccount)<-[t:TRANSFER]-(oa:BankAccount)
                 WHERE oa IN memberAccounts AND ($openPeriod OR t.date >= $since AND t.date <= $until)
                   AND {{visible h}} AND {{visibleNode ma}} AND {{visible t}} AND {{visibleNode oa}}
                 MATCH (oa)<-[hs:HOLDS_ACCOUNT]-(o:Person)
                 WHERE o IN members AND o <> m AND {{visible hs}}
                 RETURN {person: m.spoorId, other: o.spoorId, act: 'collects', rels: [elementId(hs), elementId(t), elementId(h)]} }
       + COLLECT { UNWIND CASE WHEN $details THEN members ELSE [] END AS m
                 MATCH (m)-[up:USES_PHONE]->(ph:Phone)<-[u:USES_PHONE]-(ad:Ad)-[aw:ADVERTISES_WITH]->(o:Person)
                 WHERE o IN members AND o <> m
                   AND {{visible up}} AND {{visibleNode ph}} AND {{visible u}} AND {{visibleNode ad}} AND {{visible aw}}
                 RETURN {person: m.spoorId, other: o.spoorId, act: 'advertises', rels: [elementId(up), elementId(u), elementId(aw)]} }
       + COLLECT { UNWIND CASE WHEN $details THEN members ELSE [] END AS m
                 MATCH (m)-[r:LANDLORD_OF]->(o:Person)
                 WHERE o IN members AND {{visible r}}
                 RETURN {person: m.spoorId, other: o.spoorId, act: 'lets', rels: [elementId(r)]} } AS acts
ORDER BY controller
