CYPHER 25
// Money trails backward in time into the start accounts: where did the money come from? The same
// trail as forward (each hop not before the previous one and within $windowDays after it, carrying at
// least $minFraction of it), found from its end: hop by hop back, each earlier hop within the window
// before the one found, and the later hop carrying at least $minFraction of the earlier one. The
// allReduce() predicate is inlined into the expansion (see TrailSearch.forward.cypher).
MATCH (start:Entity) WHERE start.spoorId IN $accounts AND start:BankAccount
MATCH p = (start) ((b:BankAccount)<-[t:TRANSFER]-(a:BankAccount)
            WHERE t.date >= $from AND t.date <= $until AND t.amount > 0
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
                     AND n.date >= $from AND firstHop.amount >= $minFraction * n.amount }
WITH start, t, end, endTransfers, cycle LIMIT $scanLimit
WITH start, reverse(t) AS t, endTransfers, cycle
RETURN start.spoorId AS start,
       [r IN t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                  currency: r.currency, description: r.description, key: r.key,
                  sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}] AS hops,
       endTransfers > $hubCap AS endsAtHub, endTransfers, cycle
ORDER BY hops[-1].amount DESC, size(hops) DESC, hops[-1].date DESC, [h IN hops | h.key]
