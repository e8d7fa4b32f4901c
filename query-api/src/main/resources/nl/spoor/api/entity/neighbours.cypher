// Neighbours of one entity: its relationships to other entities, filtered by the other's kind, the
// relationship type and direction, and time. A relationship with a `date` is in the period when the date is;
// one with `from`/`until` when its period overlaps (an open end overlaps); one without dates when
// $includeUndated, or when no period is asked. One page ($skip, $limit) with the total, ordered by type,
// the other's id and the key; the sources of each come with it.
MATCH (n:Entity {spoorId: $spoorId})-[r]-(m:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable))
  AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(m) WHERE vs.sourceId IN $usable })
  AND ($kinds IS NULL OR any(l IN labels(m) WHERE l IN $kinds))
  AND ($direction IS NULL OR ($direction = 'OUT') = (startNode(r) = n))
  AND CASE
        WHEN r.date IS NOT NULL THEN ($since IS NULL OR r.date >= $since) AND ($until IS NULL OR r.date <= $until)
        WHEN r.from IS NOT NULL OR r.until IS NOT NULL
          THEN ($until IS NULL OR r.from IS NULL OR r.from <= $until) AND ($since IS NULL OR r.until IS NULL OR r.until >= $since)
        ELSE $includeUndated OR ($since IS NULL AND $until IS NULL)
      END
WITH n, r, m ORDER BY type(r), m.spoorId, r.key
WITH n, collect({r: r, m: m}) AS rows
WITH n, size(rows) AS total, rows[$skip..($skip + $limit)] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
WITH n, total, x, COLLECT { MATCH (s:Source) WHERE s.sourceId IN coalesce(x.r.sourceIds, []) AND ($visibleAll OR s.sourceId IN $usable) RETURN properties(s) } AS sources
RETURN total,
       collect(CASE WHEN x IS NULL THEN null ELSE {
          type: type(x.r), outgoing: startNode(x.r) = n, props: properties(x.r),
          otherId: x.m.spoorId, otherKind: [l IN labels(x.m) WHERE l <> 'Entity'][0],
          otherCaption: coalesce(x.m.name, x.m.iban, x.m.kenteken, x.m.kvkNummer, x.m.e164, x.m.address, x.m.addressKey, x.m.spoorId),
          sources: sources} END) AS page
