// The controller candidates of one entity asked about: a person is one; a firm stands for the persons
// who direct or own it. An entity no usable source asserts is not there for the request (View.cypher marks).
MATCH (e:Entity {spoorId: $around})
WHERE {{visibleNode e}}
RETURN [l IN labels(e) WHERE l <> 'Entity'][0] AS kind,
       CASE WHEN e:Person THEN [e.spoorId]
            ELSE COLLECT { MATCH (c:Person)-[d:DIRECTOR_OF|OWNS]->(e) WHERE {{visible d}} AND {{visibleNode c}}
                           RETURN DISTINCT c.spoorId ORDER BY c.spoorId } END AS controllers
