// The controller candidates of the anchors' rows (user, anchor), put in at the end of TraffickingNetworks.anchors.cypher:
// a person found is one; a firm found stands for the persons who direct or own it. (The fan-in anchor finds only
// persons: the holders of the accounts.)
CALL (user) {
  // A filter on user, not `MATCH (c:Person) WHERE c = user`, which may be planned as a scan of every Person per anchor.
  WITH user AS c WHERE c:Person RETURN c
  UNION
  MATCH (c:Person)-[d:DIRECTOR_OF|OWNS]->(user)
  WHERE {{visible d}} AND {{visibleNode c}}
  RETURN c
}
RETURN c.spoorId AS controller, collect(DISTINCT anchor) AS anchors
ORDER BY controller
