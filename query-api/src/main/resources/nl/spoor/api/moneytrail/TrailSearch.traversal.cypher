// Money trails by Spoor's traversal procedure (graph-model TrailTraversal: the same trails as the
// Cypher 25 forms beside this file, found by a depth-first walk inside Neo4j), shaped and ordered as they are.
// $order: FORWARD and BETWEEN rank by the first hop, BACKWARD by the last.
CALL spoor.trailSearch($mode, $accounts, $targets, $maxHops, $windowDays, $minFraction, $hubCap, $from, $until, $scanLimit)
  YIELD start, hops AS t, endsAtHub, endTransfers, cycle
WITH start, [r IN t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                       currency: r.currency, description: r.description, key: r.key,
                       sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}] AS hops,
     endsAtHub, endTransfers, cycle
WITH start, hops, endsAtHub, endTransfers, cycle,
     CASE WHEN $mode = 'BACKWARD' THEN hops[-1] ELSE hops[0] END AS ranked
RETURN start, hops, endsAtHub, endTransfers, cycle
ORDER BY ranked.amount DESC, size(hops) DESC,
         CASE WHEN $mode = 'BACKWARD' THEN null ELSE ranked.date END,
         CASE WHEN $mode = 'BACKWARD' THEN ranked.date ELSE null END DESC,
         [h IN hops | h.key]
