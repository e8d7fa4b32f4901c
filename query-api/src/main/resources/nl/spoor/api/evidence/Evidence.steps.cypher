// The relationships of evidence paths by element id, with their endpoints and the sources they cite.
UNWIND range(0, size($ids) - 1) AS i
MATCH (a)-[r]->(b) WHERE elementId(r) = $ids[i]
  AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
RETURN i, type(r) AS type, properties(r) AS props,
       {spoorId: a.spoorId, kind: [l IN labels(a) WHERE l <> 'Entity'][0],
        caption: coalesce(a.name, a.iban, a.kenteken, a.kvkNummer, a.e164, a.address, a.addressKey, a.spoorId)} AS from,
       {spoorId: b.spoorId, kind: [l IN labels(b) WHERE l <> 'Entity'][0],
        caption: coalesce(b.name, b.iban, b.kenteken, b.kvkNummer, b.e164, b.address, b.addressKey, b.spoorId)} AS to,
       COLLECT { MATCH (s:Source) WHERE s.sourceId IN coalesce(r.sourceIds, []) AND ($visibleAll OR s.sourceId IN $usable) RETURN properties(s) } AS sources
ORDER BY i
