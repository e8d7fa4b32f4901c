CYPHER 25
// Money trails backward in time into the start accounts: where did the money come from? The same
// trail as forward (each hop not before the previous one and within $windowDays after it, carrying at
// least $minFraction of it), found from its end: hop by hop back, each earlier hop within the window
// before the one found, and the later hop carrying at least $minFraction of the earlier one. The
// allReduce() predicate is inlined into the expansion (see TrailSearch.forward.cypher).
MATCH (start:Entity) WHERE start.spoorId IN $accounts AND start:BankAccount
MATCH p = (start) ((b:BankAccount)<-[t:TRANSFER]-(a:BankAccount)
            WHERE ($visibleAll OR any(vs IN t.sourceIds WHERE vs IN $usable)) AND t.date >= $from AND t.date <= $until AND t.amount > 0
              AND (b = start OR COUNT { (b)-[:TRANSFER]-() } <= $hubCap)){1,6} (end)
  WHERE allReduce(
    s = {hops: 0, date: null, amount: null, via: [], ok: true},
    r IN t | {hops: s.hops + 1, date: r.date, amount: r.amount, via: s.via + [endNode(r)],
              ok: s.hops = 0 OR (r.date <= s.date AND r.date >= s.date - duration({days: $windowDays})
                                 AND s.amount >= $minFraction * r.amount AND NOT endNode(r) IN s.via)},
    s.ok AND s.hops <= $maxHops)
WITH start, t, end, last(t) AS firstHop,
     COUNT { (end)-[:TRANSFER]-() } AS endTransfers,
     nodes(p)[..-1] AS passed
WITH start, t, end, firstHop, endTransfers, end IN passed AS cycle
WHERE size(t) = $maxHops OR endTransfers > $hubCap OR cycle
   OR NOT EXISTS { (end)<-[n:TRANSFER]-(:BankAccount)
                   WHERE n.date <= firstHop.date AND n.date >= firstHop.date - duration({days: $windowDays})
                     AND n.date >= $from AND firstHop.amount >= $minFraction * n.amount
                     AND ($visibleAll OR any(vs IN n.sourceIds WHERE vs IN $usable)) }
WITH start, t, end, endTransfers, cycle LIMIT $scanLimit
// Ranked and paged here, so that only one page of trails is built and sent (README *Measured*):
// hops in time order; largest last hop (the one into the start) first, then the longer trail, the
// later last hop. Then how many there are and the hubs they stop at.
WITH start, reverse(t) AS t, end, endTransfers, cycle
ORDER BY t[-1].amount DESC, size(t) DESC, t[-1].date DESC, [r IN t | r.key]
WITH collect({start: start.spoorId, t: t, end: end.spoorId, endsAtHub: endTransfers > $hubCap, endTransfers: endTransfers,
                 cycle: cycle}) AS trails
// The hub policy of the traversal (TrailTraversal.largestFirst): from a start with more than $hubCap transfers
// only the trails whose ranking hop carries at least as much as the page's last trail's are counted, with
// their hubs; `truncated` says there are others. The page itself is the same.
WITH trails, CASE WHEN $skip + $limit > 0 AND size(trails) > $skip + $limit
                       AND EXISTS { MATCH (s:Entity) WHERE s.spoorId IN $accounts AND s:BankAccount
                                                       AND COUNT { (s)-[:TRANSFER]-() } > $hubCap }
                  THEN trails[$skip + $limit - 1].t[-1].amount END AS cut
WITH trails, [x IN trails WHERE cut IS NULL OR x.t[-1].amount >= cut] AS walked
WITH $accounts AS starts, size(walked) AS total, size(walked) < size(trails) AS truncated,
       COLLECT { UNWIND walked AS x WITH x WHERE x.endsAtHub AND NOT x.cycle
                 RETURN DISTINCT {account: x.end, transfers: x.endTransfers} } AS hubs,
       [trail IN trails[$skip..$skip + $limit] |
          {start: trail.start, endsAtHub: trail.endsAtHub, endTransfers: trail.endTransfers, cycle: trail.cycle,
           hops: [r IN trail.t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                                    currency: r.currency, description: r.description, key: r.key,
                                    sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}]}] AS page
// (TrailSearch appends TrailDetails.page.cypher: the page's accounts and sources, in this query.)
