CYPHER 25
// Controller candidates of mensenhandel networks (DESIGN §5), from three selective anchors, never from all
// persons: (1) phones behind several ads under different aliases or for different persons, (2) landlords
// (persons or firms) letting to many persons at one address, both here; (3) persons whose accounts receive from many
// persons, in TraffickingNetworks.fanInAnchor.cypher (in parts on the read threads). A firm found stands for the
// persons who direct or own it (TraffickingNetworks.controllers.cypher, put in at the end). Every value is a parameter.
// Only relationships on a usable source to entities a usable source asserts, aliases as the usable sources state
// them (View.cypher marks).
CALL () {
  MATCH (ph:Phone)<-[u:USES_PHONE]-(ad:Ad)
  WHERE {{visible u}} AND {{visibleNode ad}} AND {{visibleNode ph}}
  OPTIONAL MATCH (ad)-[aw:ADVERTISES_WITH]->(adv:Person)
  WHERE {{visible aw}} AND {{visibleNode adv}}
  WITH ph, count(DISTINCT {{asserted ad.alias}}) AS aliases, count(DISTINCT adv) AS persons
  WHERE aliases >= $minAliasesPerPhone OR persons >= $minPersonsPerPhone
  MATCH (ph)<-[uu:USES_PHONE]-(user)
  WHERE (user:Person OR user:Company) AND {{visible uu}} AND {{visibleNode user}}
  RETURN DISTINCT user, 'phone' AS anchor
UNION
  // First every tenancy counted by the address let, from its index (schema V16) and nothing else read, then by landlord
  // only at the addresses let that often (on large 301,653 tenancies at 300,925 landlord and address pairs: a distinct
  // set of tenants for each was most of this anchor's work; reading each tenancy's address from the relationship three
  // times what the index costs), then the persons of the 78 pairs left.
  MATCH ()-[r:LANDLORD_OF]->() USING INDEX r:LANDLORD_OF(address)
  WHERE r.address IS NOT NULL
  WITH r.address AS address, collect(r) AS tenancies
  WHERE size(tenancies) >= $minUnrelatedPersons
  UNWIND tenancies AS r
  WITH startNode(r) AS landlord, address, collect(r) AS lets
  WHERE size(lets) >= $minUnrelatedPersons
  UNWIND lets AS r
  WITH landlord, address, r, endNode(r) AS t
  WHERE t:Person AND {{visible r}} AND {{visibleNode t}} AND {{visibleNode landlord}}
  WITH landlord, address, count(DISTINCT t) AS tenants
  WHERE tenants >= $minUnrelatedPersons
  RETURN DISTINCT landlord AS user, 'address' AS anchor
}
{{CONTROLLERS}}
