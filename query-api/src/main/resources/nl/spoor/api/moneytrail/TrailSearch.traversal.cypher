CYPHER 25
// Money trails by Spoor's traversal procedure (graph-model TrailTraversal: the same trails as the
// Cypher 25 forms beside this file, found by a depth-first walk inside Neo4j, ranked as they rank them).
// Only transfers of sources the request may use (View) take part: null = all.
// The procedure yields a summary row first (start null: total, hubs, truncated), then the page $skip..$skip + $limit,
// which this query folds into the one row of the Cypher forms (collect keeps the procedure's order).
CALL spoor.trailSearch($mode, $accounts, $targets, $maxHops, $windowDays, $minFraction, $hubCap, $from, $until, $scanLimit,
                       $skip, $limit, CASE WHEN $visibleAll THEN null ELSE $usable END)
  YIELD start, hops AS t, endsAtHub, endTransfers, cycle, total, hubs, truncated
WITH collect(CASE WHEN start IS NULL THEN {total: total, hubs: hubs, truncated: truncated} END) AS summary,
     collect(CASE WHEN start IS NOT NULL THEN
        {start: start, endsAtHub: endsAtHub, endTransfers: endTransfers, cycle: cycle,
         hops: [r IN t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                          currency: r.currency, description: r.description, key: r.key,
                          sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}]} END) AS page
WITH $accounts AS starts, summary[0].total AS total, summary[0].truncated AS truncated, summary[0].hubs AS hubs, page
// (TrailSearch appends TrailDetails.page.cypher: the page's accounts and sources, in this query.)
