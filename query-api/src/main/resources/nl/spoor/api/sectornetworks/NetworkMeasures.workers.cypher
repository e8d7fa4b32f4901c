// Per network: its workers (persons employed by its firms in the period who are not of the network) and whether the
// network houses them: a LANDLORD_OF from a member or firm, or a registration at an address the network owns.
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks); owners and owned
// addresses come from the visible links and housing already.
UNWIND $networks AS net
CALL (net) {
  UNWIND net.firms AS fid
  MATCH (f:Entity {spoorId: fid})
  MATCH (w:Person)-[e:EMPLOYED_BY]->(f)
  WHERE NOT w.spoorId IN net.members
    AND {{visible e}} AND {{visibleNode w}}
    AND ($since IS NULL OR e.until IS NULL OR e.until >= $since)
    AND ($until IS NULL OR e.from IS NULL OR e.from <= $until)
  WITH w, collect(elementId(e))[0] AS employed
  OPTIONAL CALL (w, net) {
    MATCH (o:Entity)-[l:LANDLORD_OF]->(w) WHERE o.spoorId IN net.owners AND {{visible l}}
    RETURN o.spoorId AS landlord, elementId(l) AS rented
    LIMIT 1
  }
  OPTIONAL CALL (w, net) {
    MATCH (w)-[r:LIVES_AT]->(a:Address)
    WHERE a.spoorId IN net.ownedAddresses AND {{visible r}} AND (r.until IS NULL OR ($since IS NOT NULL AND r.until >= $since))
    RETURN a.spoorId AS address, elementId(r) AS lives
    LIMIT 1
  }
  RETURN collect({worker: w.spoorId, employed: employed, landlord: landlord, rented: rented, address: address, lives: lives}) AS workers
}
RETURN net.id AS id, workers
