CYPHER 25
// ABC transactions (DESIGN §5): real estate bought at least three times, each purchase (OWNS_PROPERTY, one per
// buyer, with its date and price) in date order. Starts from a degree check per property, or from the one
// property or party asked about; which resales are quick, dear and between related parties is measured after.
MATCH (re:RealEstate)
WHERE ($scope IS NULL OR re.spoorId = $scope OR EXISTS { (re)<-[:OWNS_PROPERTY]-(:Entity {spoorId: $scope}) })
  AND COUNT { (re)<-[:OWNS_PROPERTY]-() } >= 3
MATCH (re)<-[o:OWNS_PROPERTY]-(owner)
WHERE o.from IS NOT NULL AND o.purchasePrice IS NOT NULL
WITH re, o, owner ORDER BY o.from, owner.spoorId
WITH re, collect({id: elementId(o), owner: owner.spoorId, kind: [l IN labels(owner) WHERE l <> 'Entity'][0],
                  caption: coalesce(owner.name, owner.spoorId), from: o.from, price: o.purchasePrice,
                  cash: coalesce(o.paidInCash, false)}) AS sales
WHERE size(sales) >= 3
RETURN re.spoorId AS spoorId, coalesce(re.name, re.spoorId) AS caption, re.wozValue AS woz, re.wozYear AS wozYear,
       COLLECT { MATCH (re)-[:LOCATED_AT]->(a:Address) RETURN a.spoorId AS address LIMIT 1 } AS address, sales
