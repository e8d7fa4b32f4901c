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
  // First every tenancy counted by landlord and address, nothing else read (on large 301,653 tenancies in 300,925 such
  // pairs: a distinct set of tenants for each was most of this anchor's work), then the persons of the 78 pairs left.
  MATCH (landlord)-[r:LANDLORD_OF]->()
  WITH landlord, r.address AS address, count(*) AS lets
  WHERE lets >= $minUnrelatedPersons
  MATCH (landlord)-[r:LANDLORD_OF]->(t:Person)
  WHERE r.address = address AND {{visible r}} AND {{visibleNode t}} AND {{visibleNode landlord}}
  WITH landlord, address, count(DISTINCT t) AS tenants
  WHERE tenants >= $minUnrelatedPersons
  RETURN DISTINCT landlord AS user, 'address' AS anchor
}
{{CONTROLLERS}}
