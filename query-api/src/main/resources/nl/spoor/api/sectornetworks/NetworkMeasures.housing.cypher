// Every spoorId lookup is on :Entity, the label of the unique index (a :Company or :Address lookup would scan the label).
// Per network: the addresses it owns (real estate of a member or firm) or lets rooms at (LANDLORD_OF), with the
// persons registered there in the period who are not of the network (LIVES_AT without until, or until in the period).
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks).
UNWIND $networks AS net
CALL (net) {
  UNWIND net.owners AS oid
  MATCH (o:Entity {spoorId: oid})
  CALL (o) {
    MATCH (o)-[op:OWNS_PROPERTY]->(h:RealEstate)-[la:LOCATED_AT]->(a:Address)
    WHERE {{visible op}} AND {{visibleNode h}} AND {{visible la}} AND {{visibleNode a}}
    RETURN a, [elementId(op), elementId(la)] AS via
    UNION ALL
    MATCH (o)-[l:LANDLORD_OF]->(t:Person)
    WHERE {{visible l}} AND {{visibleNode t}}
    WITH l.address AS aid, collect(elementId(l))[0] AS lid
    MATCH (a:Entity {spoorId: aid}) WHERE a:Address AND {{visibleNode a}}
    RETURN a, [lid] AS via
  }
  WITH a, collect(o.spoorId)[0] AS owner, collect(via)[0] AS via
  WITH a, owner, via,
       [(p:Person)-[r:LIVES_AT]->(a)
          WHERE {{visible r}} AND {{visibleNode p}}
            AND (r.until IS NULL OR ($since IS NOT NULL AND r.until >= $since))
            AND ($until IS NULL OR r.from IS NULL OR r.from <= $until)
            AND NOT p.spoorId IN net.members | {person: p.spoorId, via: elementId(r)}] AS residents
  RETURN collect({address: a.spoorId, owner: owner, via: via, residents: residents}) AS addresses
}
RETURN net.id AS id, addresses
