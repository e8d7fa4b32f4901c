// The controller candidates of one entity asked about: a person is one; a firm stands for the persons
// who direct or own it.
MATCH (e:Entity {spoorId: $around})
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS kind,
       CASE WHEN e:Person THEN [e.spoorId]
            ELSE COLLECT { MATCH (c:Person)-[:DIRECTOR_OF|OWNS]->(e) RETURN DISTINCT c.spoorId ORDER BY c.spoorId } END AS controllers
