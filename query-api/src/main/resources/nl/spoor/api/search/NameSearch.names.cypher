// Candidates of a search among names: the full-text index name_search queried with the analyzer the query
// names (spoor-name-words or spoor-name-sounds), limited to the asked kinds. At most $limit rows: one more
// than the server ranks, so a search that matches too much is refused rather than cut at random.
CALL db.index.fulltext.queryNodes('name_search', $query, {analyzer: $analyzer}) YIELD node, score
WHERE ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
  AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(node) WHERE vs.sourceId IN $usable })
RETURN node.spoorId AS spoorId,
       [l IN labels(node) WHERE l <> 'Entity'][0] AS kind,
       node {.name, .aliases, .alias, .title, .street, .houseNumber, .suffix, .place, .make, .model, .kenteken, .iban} AS props,
       // A view that may not use every source matches only what its usable sources assert (View), the first
       // source by id winning as on the entity itself (sorted in NameSearch: ORDER BY here trips Neo4j's planner).
       CASE WHEN $visibleAll THEN null
            ELSE [(vs:Source)-[a:ASSERTS]->(node) WHERE vs.sourceId IN $usable | [vs.sourceId, a.locator, a.asserted]] END AS asserted
LIMIT $limit
