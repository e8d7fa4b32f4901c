// Candidates of a search in document text: pages of the full-text index page_search, with their document.
CALL db.index.fulltext.queryNodes('page_search', $query, {analyzer: $analyzer}) YIELD node, score
MATCH (d:Document)-[:HAS_PAGE]->(node)
WHERE $visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(d) WHERE vs.sourceId IN $usable }
RETURN d.spoorId AS spoorId, coalesce(d.name, d.spoorId) AS title, node.pageId AS pageId, node.number AS page, node.text AS text
LIMIT $limit
