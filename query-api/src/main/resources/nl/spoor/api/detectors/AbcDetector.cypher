CYPHER 25
// ABC transactions (DESIGN §5): real estate bought at least three times, each purchase (OWNS_PROPERTY, one per
// buyer, with its date and price) in date order. Starts from a degree check per property, or from the one
// property or party asked about; which resales are quick, dear and between related parties is measured after.
// Only purchases, WOZ values and names of the view's usable sources count (View.cypher); the degree check counts
// every purchase, a necessary condition only.
MATCH (re:RealEstate)
WHERE ($scope IS NULL OR re.spoorId = $scope OR EXISTS { MATCH (re)<-[so:OWNS_PROPERTY]-(:Entity {spoorId: $scope}) WHERE {{visible so}} })
  AND COUNT { (re)<-[:OWNS_PROPERTY]-() } >= 3
MATCH (re)<-[o:OWNS_PROPERTY]-(owner)
WHERE o.from IS NOT NULL AND o.purchasePrice IS NOT NULL AND {{visible o}}
WITH re, o, owner ORDER BY o.from, owner.spoorId
WITH re, collect({id: elementId(o), owner: owner.spoorId, kind: [l IN labels(owner) WHERE l <> 'Entity'][0],
                  caption: coalesce({{asserted owner.name}}, owner.spoorId), from: o.from, price: o.purchasePrice,
                  cash: coalesce(o.paidInCash, false)}) AS sales
WHERE size(sales) >= 3
RETURN re.spoorId AS spoorId, coalesce({{asserted re.name}}, re.spoorId) AS caption, {{asserted re.wozValue}} AS woz,
       {{asserted re.wozYear}} AS wozYear,
       COLLECT { MATCH (re)-[l:LOCATED_AT]->(a:Address) WHERE {{visible l}} RETURN a.spoorId AS address LIMIT 1 } AS address, sales
