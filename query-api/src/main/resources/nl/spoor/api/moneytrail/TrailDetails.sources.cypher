// The sources the hops of a page of trails cite, by sourceId.
MATCH (s:Source) WHERE s.sourceId IN $sourceIds
RETURN properties(s) AS source
