// One page of a document: its text (in parts when long), the entities extraction found on it (MENTIONS
// with page and offsets), the numbers of all its pages, and the sources that delivered it.
MATCH (d:Entity:Document {spoorId: $document})
RETURN coalesce(d.title, d.name, d.path, d.spoorId) AS caption,
       COLLECT { MATCH (d)-[:HAS_PAGE]->(q:Page) RETURN DISTINCT q.number AS n ORDER BY n } AS numbers,
       COLLECT { MATCH (d)-[:HAS_PAGE]->(p:Page {number: $page}) RETURN p.text AS text ORDER BY p.part } AS parts,
       COLLECT { MATCH (d)-[m:MENTIONS]->(e:Entity) WHERE m.page = $page
                 RETURN {spoorId: e.spoorId, kind: [l IN labels(e) WHERE l <> 'Entity'][0],
                         caption: coalesce(e.name, e.iban, e.kenteken, e.kvkNummer, e.e164, e.address, e.addressKey, e.spoorId),
                         start: m.start, end: m.end, text: m.text} AS mention ORDER BY mention.start, mention.spoorId } AS mentions,
       COLLECT { MATCH (s:Source) WHERE s.sourceId IN coalesce(d.sourceIds, []) RETURN properties(s) AS s ORDER BY s.sourceId } AS sources
