CYPHER 25
// moneyTrail on the traversal engine in one query: where to start (as StartAccounts.cypher: the account itself,
// or every account the entity holds; null when Spoor holds no such entity the request may see), the search
// (as TrailSearch.traversal.cypher), and then the page's accounts and sources (TrailDetails.page.cypher,
// appended): one query per request instead of three (README *Measured*).
OPTIONAL MATCH (n:Entity {spoorId: $spoorId})
WHERE $visibleAll OR EXISTS { MATCH (vs:Source)-[:ASSERTS]->(n) WHERE vs.sourceId IN $usable }
WITH CASE WHEN n IS NULL THEN null
          WHEN n:BankAccount THEN [n.spoorId]
          ELSE COLLECT { MATCH (n)-[h:HOLDS_ACCOUNT]->(a:BankAccount)
                         WHERE $visibleAll OR any(vs IN h.sourceIds WHERE vs IN $usable) RETURN a.spoorId AS id ORDER BY id } END AS starts
CALL (starts) {
  CALL spoor.trailSearch($mode, coalesce(starts, []), $targets, $maxHops, $windowDays, $minFraction, $hubCap, $from, $until,
                         $scanLimit, $skip, $limit, CASE WHEN $visibleAll THEN null ELSE $usable END)
    YIELD start, hops AS t, endsAtHub, endTransfers, cycle, total, hubs, truncated
  RETURN collect(CASE WHEN start IS NULL THEN {total: total, hubs: hubs, truncated: truncated} END) AS summary,
         collect(CASE WHEN start IS NOT NULL THEN
            {start: start, endsAtHub: endsAtHub, endTransfers: endTransfers, cycle: cycle,
             hops: [r IN t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                              currency: r.currency, description: r.description, key: r.key,
                              sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}]} END) AS page
}
WITH starts, summary[0].total AS total, summary[0].truncated AS truncated, summary[0].hubs AS hubs, page
