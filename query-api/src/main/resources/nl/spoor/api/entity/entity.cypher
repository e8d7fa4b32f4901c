// One entity with every source that asserts it, when the request may use one of them (View.NODE);
// only the usable sources' assertions.
MATCH (n:Entity {spoorId: $spoorId})
WHERE ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(n) WHERE vs.sourceId IN $usable })
RETURN n AS node,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       [(s:Source)-[a:ASSERTS]->(n) WHERE $visibleAll OR s.sourceId IN $usable | {source: properties(s), assertion: properties(a)}] AS assertions
