CYPHER 25
// Everyone's stays at hotels and Airbnbs in the period, read once for all the networks of a query ($stayers in
// TraffickingNetworks.network.cypher, person → stays): few in any graph (198 on large), where reading every member's
// addresses in every network was a fifth of the network read. Used when every source is usable: the address type is
// then the stored one, an index seek (schema V14); as the usable sources state it, it would be read from every address.
MATCH (a:Address)
WHERE {{asserted a.addressType}} IN $stayTypes AND {{visibleNode a}}
MATCH (a)<-[s:LIVES_AT]-(p:Person)
WHERE {{visible s}} AND {{visibleNode p}} AND coalesce(s.from, $since) <= $until AND coalesce(s.until, $until) >= $since
RETURN p.spoorId AS person, collect({address: a.spoorId, place: {{asserted a.place}}, from: s.from, until: s.until, rel: elementId(s)}) AS stays
