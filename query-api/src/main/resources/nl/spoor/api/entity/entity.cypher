// One entity with every source that asserts it.
MATCH (n:Entity {spoorId: $spoorId})
RETURN n AS node,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS kind,
       [(s:Source)-[a:ASSERTS]->(n) | {source: properties(s), assertion: properties(a)}] AS assertions
