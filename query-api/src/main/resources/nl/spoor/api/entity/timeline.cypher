// The timeline of one entity: every dated relationship of its own (a `date` is one event ON that day,
// `from` and `until` are its START and END), the transfers and cash movements of the accounts it holds
// (once each, with the account as `via`), and the documents that mention it (once per document, dated by
// the latest date written on the page of its first mention). Filtered by type and period, ordered by date
// ($newestFirst), then phase, type, the other's id and key; one page ($skip, $limit) with the total.
MATCH (n:Entity {spoorId: $spoorId})
CALL (n) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (r.date IS NOT NULL OR r.from IS NOT NULL OR r.until IS NOT NULL) AND NOT type(r) IN ['MENTIONS']
  RETURN r, m, null AS via, null AS documentDate
  UNION ALL
  MATCH (n)-[h:HOLDS_ACCOUNT]->(a:BankAccount)-[r:TRANSFER|CASH_DEPOSIT|CASH_WITHDRAWAL]-(m:Entity)
  WHERE $visibleAll OR any(vs IN h.sourceIds WHERE vs IN $usable)
  WITH r, collect({a: a, m: m})[0] AS first
  RETURN r, first.m AS m, first.a AS via, null AS documentDate
  UNION ALL
  MATCH (d:Document)-[r:MENTIONS]->(n)
  WITH d, r ORDER BY r.page, r.start
  WITH d, collect(r)[0] AS r
  OPTIONAL MATCH (d)-[:HAS_PAGE]->(p:Page {number: r.page})
  WITH d, r, reduce(latest = null, x IN coalesce(p.dates, []) | CASE WHEN latest IS NULL OR x > latest THEN x ELSE latest END) AS documentDate
  WHERE documentDate IS NOT NULL
  RETURN r, d AS m, null AS via, documentDate
}
UNWIND [e IN [['ON', coalesce(r.date, documentDate)], ['START', r.from], ['END', r.until]] WHERE e[1] IS NOT NULL] AS moment
WITH n, r, m, via, moment[0] AS phase, moment[1] AS date
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($visibleAll OR any(vs IN r.sourceIds WHERE vs IN $usable)) AND ($visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(m) WHERE vs.sourceId IN $usable })
  AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
WITH n, r, m, via, phase, date
ORDER BY CASE WHEN $newestFirst THEN date END DESC, CASE WHEN $newestFirst THEN null ELSE date END ASC,
         phase, type(r), m.spoorId, r.key
WITH n, collect({r: r, m: m, via: via, phase: phase, date: date}) AS rows
WITH n, size(rows) AS total, rows[$skip..($skip + $limit)] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS x
WITH n, total, x, COLLECT { MATCH (s:Source) WHERE s.sourceId IN coalesce(x.r.sourceIds, []) AND ($visibleAll OR s.sourceId IN $usable) RETURN properties(s) } AS sources
RETURN total,
       collect(CASE WHEN x IS NULL THEN null ELSE {
          date: toString(x.date), phase: x.phase, viaId: x.via.spoorId, viaIban: x.via.iban,
          type: type(x.r), outgoing: startNode(x.r) = coalesce(x.via, n), props: properties(x.r),
          otherId: x.m.spoorId, otherKind: [l IN labels(x.m) WHERE l <> 'Entity'][0],
          otherCaption: coalesce(x.m.name, x.m.iban, x.m.kenteken, x.m.kvkNummer, x.m.e164, x.m.address, x.m.addressKey, x.m.spoorId),
          sources: sources} END) AS page
