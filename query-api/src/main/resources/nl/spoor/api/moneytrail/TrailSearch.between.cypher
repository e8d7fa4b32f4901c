CYPHER 25
// Money trails from the accounts of one entity to the accounts of another: the forward trail of
// the forward search (same allReduce() predicate, inlined into the expansion), ending at
// the first target account it reaches. Hubs are not expanded through, the start accounts always are.
MATCH (start:Entity) WHERE start.spoorId IN $accounts AND start:BankAccount
MATCH p = (start) ((a:BankAccount)-[t:TRANSFER]->(b:BankAccount)
            WHERE ($visibleAll OR any(vs IN t.sourceIds WHERE vs IN $usable)) AND t.date >= $from AND t.date <= $until AND t.amount > 0
              AND (a = start OR (NOT a.spoorId IN $targets
                   AND COUNT { (a)-[:TRANSFER]-() } <= $hubCap))){1,6}
      (end:BankAccount)
  WHERE end.spoorId IN $targets AND allReduce(
    s = {hops: 0, date: null, amount: null, via: [], ok: true},
    r IN t | {hops: s.hops + 1, date: r.date, amount: r.amount, via: s.via + [startNode(r)],
              ok: s.hops = 0 OR (r.date >= s.date AND r.date <= s.date + duration({days: $windowDays})
                                 AND r.amount >= $minFraction * s.amount AND NOT startNode(r) IN s.via)},
    s.ok AND s.hops <= $maxHops)
WITH start, t LIMIT $scanLimit
// Ranked and paged here, so that only one page of trails is built and sent (README *Measured*):
// largest first hop first, then the longer trail, the earlier first hop.
ORDER BY t[0].amount DESC, size(t) DESC, t[0].date, [r IN t | r.key]
WITH collect({start: start.spoorId, t: t}) AS trails
WITH $accounts AS starts, size(trails) AS total, false AS truncated, [] AS hubs,
       [trail IN trails[$skip..$skip + $limit] |
          {start: trail.start, endsAtHub: false, endTransfers: 0, cycle: false,
           hops: [r IN trail.t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                                    currency: r.currency, description: r.description, key: r.key,
                                    sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}]}] AS page
// (TrailSearch appends TrailDetails.page.cypher: the page's accounts and sources, in this query.)
