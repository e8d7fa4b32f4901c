// Money trails by Spoor's traversal procedure (graph-model TrailTraversal: the same trails as the
// Cypher 25 forms beside this file, found by a depth-first walk inside Neo4j, ranked as they rank them).
// Only transfers of sources the request may use (View) take part: null = all.
// The procedure yields a summary row first (start null: total, hubs, truncated), then the page $skip..$skip + $limit.
CALL spoor.trailSearch($mode, $accounts, $targets, $maxHops, $windowDays, $minFraction, $hubCap, $from, $until, $scanLimit,
                       $skip, $limit, CASE WHEN $visibleAll THEN null ELSE $usable END)
  YIELD start, hops AS t, endsAtHub, endTransfers, cycle, total, hubs, truncated
RETURN start, endsAtHub, endTransfers, cycle, total, hubs, truncated,
       [r IN t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                  currency: r.currency, description: r.description, key: r.key,
                  sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}] AS hops
