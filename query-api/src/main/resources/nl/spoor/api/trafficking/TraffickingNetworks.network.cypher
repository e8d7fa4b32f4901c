CYPHER 25
// Everything that ties persons to one controller (DESIGN §5), for a page of candidates: the controller's
// firms (DIRECTOR_OF, OWNS), family (excluded from victims), tenants of the controller or a firm,
// persons paying the controller, persons advertised on a phone the controller or a firm uses; then of
// those persons: who lives at each let address and whether related to another resident there, stays at
// hotels and Airbnbs, ads on the phones of the network, the controller's drives in vehicles not
// registered to the controller, and what a person does for the controller (receives others' money and
// pays it on, lets her phone carry their ads, lets rooms to them: always others of the network). Relationship element ids
// come along as evidence. Every value is a parameter.
UNWIND $controllers AS cid
MATCH (c:Entity {spoorId: cid}) WHERE c:Person
WITH c,
     [c] + COLLECT { MATCH (c)-[:DIRECTOR_OF|OWNS]->(co:Company) RETURN DISTINCT co } AS parties,
     COLLECT { MATCH (c)-[:FAMILY_OF]-(f:Person) RETURN DISTINCT f.spoorId } AS family
WITH c, parties, family,
     COLLECT { MATCH (c)-[r:DIRECTOR_OF|OWNS]->(co:Company)
               RETURN {company: co.spoorId, name: co.name, rel: elementId(r)} } AS companies,
     COLLECT { UNWIND parties AS party
               MATCH (party)-[r:LANDLORD_OF]->(p:Person)
               WHERE p <> c AND NOT p.spoorId IN family
               RETURN {person: p.spoorId, party: party.spoorId, address: r.address, rel: elementId(r)} } AS tenancies,
     COLLECT { MATCH (c)-[h:HOLDS_ACCOUNT]->(:BankAccount)<-[t:TRANSFER]-(:BankAccount)<-[hs:HOLDS_ACCOUNT]-(p:Person)
               WHERE p <> c AND NOT p.spoorId IN family AND t.date >= $since AND t.date <= $until
               RETURN {person: p.spoorId, amount: t.amount, date: t.date, rels: [elementId(hs), elementId(t), elementId(h)]} } AS payments,
     COLLECT { UNWIND parties AS party
               MATCH (party)-[:USES_PHONE]->(:Phone)<-[:USES_PHONE]-(:Ad)-[:ADVERTISES_WITH]->(p:Person)
               WHERE p <> c AND NOT p.spoorId IN family
               RETURN DISTINCT p.spoorId } AS advertised,
     COLLECT { UNWIND parties AS employer
               MATCH (p:Person)-[e:EMPLOYED_BY]->(employer)
               WHERE p <> c AND EXISTS { MATCH (landlord)-[:LANDLORD_OF]->(p) WHERE landlord IN parties }
               RETURN {person: p.spoorId, employer: employer.spoorId, rel: elementId(e)} } AS employments
WITH c, parties, family, companies, tenancies, payments, advertised, employments,
     reduce(acc = [], id IN [x IN tenancies | x.person] + [x IN payments | x.person] + advertised
            | CASE WHEN id IN acc THEN acc ELSE acc + id END) AS memberIds
WITH c, parties, family, companies, tenancies, payments, employments,
     COLLECT { UNWIND memberIds AS mid MATCH (m:Entity {spoorId: mid}) RETURN m } AS members,
     reduce(acc = [], a IN [x IN tenancies WHERE x.address IS NOT NULL | x.address] | CASE WHEN a IN acc THEN acc ELSE acc + a END) AS letAddresses
WITH c, parties, family, companies, tenancies, payments, employments, members, letAddresses,
     COLLECT { UNWIND parties + members AS u
               MATCH (u)-[:USES_PHONE]->(ph:Phone) WHERE EXISTS { (ph)<-[:USES_PHONE]-(:Ad) }
               RETURN DISTINCT ph.spoorId } AS phones
RETURN c.spoorId AS controller, c.name AS name,
       [m IN members | {person: m.spoorId, name: m.name, birthDate: m.birthDate}] AS members,
       family, companies, tenancies, payments, employments,
       COLLECT { UNWIND letAddresses AS aid
                 MATCH (a:Entity {spoorId: aid})<-[lv:LIVES_AT]-(p:Person)
                 WHERE a:Address AND p <> c AND NOT p.spoorId IN family
                   AND coalesce(lv.from, $since) <= $until AND coalesce(lv.until, $until) >= $since
                 RETURN {address: aid, place: a.place, person: p.spoorId, rel: elementId(lv),
                         related: EXISTS { MATCH (p)-[:FAMILY_OF]-(o:Person)-[:LIVES_AT]->(a) WHERE o <> p }} } AS residents,
       COLLECT { UNWIND members AS m
                 MATCH (m)-[s:LIVES_AT]->(a:Address)
                 WHERE a.addressType IN $stayTypes
                   AND coalesce(s.from, $since) <= $until AND coalesce(s.until, $until) >= $since
                 RETURN {person: m.spoorId, address: a.spoorId, place: a.place, from: s.from, until: s.until, rel: elementId(s)} } AS stays,
       COLLECT { UNWIND parties + members AS u
                 MATCH (u)-[up:USES_PHONE]->(ph:Phone) WHERE ph.spoorId IN phones
                 RETURN {phone: ph.spoorId, user: u.spoorId, rel: elementId(up)} } AS phoneUsers,
       COLLECT { UNWIND phones AS pid
                 MATCH (ph:Entity {spoorId: pid})<-[u:USES_PHONE]-(ad:Ad)
                 OPTIONAL MATCH (ad)-[aw:ADVERTISES_WITH]->(p:Person)
                 RETURN {phone: pid, ad: ad.spoorId, alias: ad.alias, person: p.spoorId, rels: [elementId(u), elementId(aw)]} } AS ads,
       COLLECT { MATCH (c)-[o:OBSERVED_DRIVING]->(v:Vehicle)
                 WHERE NOT EXISTS { (c)-[:REGISTERED_OWNER]->(v) } AND o.date >= $since AND o.date <= $until
                 RETURN {vehicle: v.spoorId, date: o.date, place: o.place, rel: elementId(o),
                         owner: head(COLLECT { MATCH (owner)-[ro:REGISTERED_OWNER]->(v)
                                               RETURN {owner: owner.spoorId, name: owner.name, rel: elementId(ro)} })} } AS sightings,
       COLLECT { UNWIND members AS m
                 MATCH (m)-[h:HOLDS_ACCOUNT]->(:BankAccount)<-[t:TRANSFER]-(:BankAccount)<-[hs:HOLDS_ACCOUNT]-(o:Person)
                 WHERE o IN members AND o <> m AND t.date >= $since AND t.date <= $until
                 RETURN {person: m.spoorId, other: o.spoorId, act: 'collects', rels: [elementId(hs), elementId(t), elementId(h)]} }
       + COLLECT { UNWIND members AS m
                 MATCH (m)-[up:USES_PHONE]->(:Phone)<-[u:USES_PHONE]-(:Ad)-[aw:ADVERTISES_WITH]->(o:Person)
                 WHERE o IN members AND o <> m
                 RETURN {person: m.spoorId, other: o.spoorId, act: 'advertises', rels: [elementId(up), elementId(u), elementId(aw)]} }
       + COLLECT { UNWIND members AS m
                 MATCH (m)-[r:LANDLORD_OF]->(o:Person)
                 WHERE o IN members
                 RETURN {person: m.spoorId, other: o.spoorId, act: 'lets', rels: [elementId(r)]} } AS acts
ORDER BY controller
