CYPHER 25
// The shortest paths between two entities (DESIGN §5): every path of the least number of steps.
// The step predicate is part of the pattern, so relationships of other types or outside the period,
// and entities of avoided kinds or hubs (more relationships to entities than $hubCap, counted as the
// degree less the ASSERTS from sources, both O(1)), are never expanded; the two ends always count.
// Only date-typed `date`, `from` and `until` values take part in the period. {1,MAX_HOPS} is replaced
// by the checked whole number of the query (a quantifier cannot be a parameter).
// Visibility (View): the ends, every step and every entity passed must rest on a source the request may use.
MATCH (a:Entity {spoorId: $from}), (b:Entity {spoorId: $to})
WHERE $visibleAll OR (EXISTS { MATCH (vs:Source)-[:ASSERTS]->(a) WHERE vs.sourceId IN $usable }
                      AND EXISTS { MATCH (vs:Source)-[:ASSERTS]->(b) WHERE vs.sourceId IN $usable })
MATCH p = ALL SHORTEST (a) ((x:Entity)-[r]-(y:Entity)
            WHERE type(r) IN $types
              AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
              AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(y) WHERE vs.sourceId IN $usable })
              AND (NOT r.date IS :: DATE NOT NULL OR (r.date >= $since AND r.date <= $until))
              AND (NOT r.from IS :: DATE NOT NULL OR r.from <= $until)
              AND (NOT r.until IS :: DATE NOT NULL OR r.until >= $since)
              // CASE, not OR: Neo4j 2026.08 plans `y.spoorId = $to OR …` as a union with an index seek on $to,
              // which loses the path's allReduce state ("Plan references unavailable variables") for some filters.
              AND CASE WHEN y.spoorId = $to THEN true
                       ELSE (size($through) = 0 OR any(l IN labels(y) WHERE l IN $through))
                            AND NOT any(l IN labels(y) WHERE l IN $avoid)
                            AND COUNT { (y)--() } - COUNT { (y)<-[:ASSERTS]-() } <= $hubCap END
          ){1,MAX_HOPS} (b)
WITH [n IN nodes(p) | n.spoorId] AS nodes, [r IN relationships(p) | elementId(r)] AS relationships
LIMIT $scanLimit
// Several relationships between the same two entities (transfers) make one path of entities.
WITH nodes, relationships ORDER BY nodes, relationships
WITH nodes, collect(relationships) AS variants
RETURN nodes, variants[0] AS relationships, size(variants) AS variants
ORDER BY size(nodes), nodes
