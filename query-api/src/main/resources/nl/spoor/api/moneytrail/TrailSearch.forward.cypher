CYPHER 25
// Money trails forward in time from the start accounts (DESIGN §5). The quantified path pattern
// expands hop by hop; allReduce() over the group variable `t` carries the previous hop's date and
// amount along the path, and Neo4j inlines its predicate into the expansion (Cypher 25, Neo4j
// 2025.08+), so a hop that is earlier than the previous one, outside the window after it, carries
// less than $minFraction of it, or leaves an account the trail already passed through, is never
// expanded: those paths are pruned, not filtered afterwards (TrailSearchTest.prunesDuringExpansion
// shows it in the PROFILE). Hubs (more than $hubCap transfers in and out, counted as the degree, O(1)) are reached but not
// expanded through; the start accounts always are. Every value is a parameter.
MATCH (start:Entity) WHERE start.spoorId IN $accounts AND start:BankAccount
MATCH p = (start) ((a:BankAccount)-[t:TRANSFER]->(b:BankAccount)
            WHERE ($visibleAll OR any(vs IN t.sourceIds WHERE vs IN $usable)) AND t.date >= $from AND t.date <= $until AND t.amount > 0
              AND (a = start OR COUNT { (a)-[:TRANSFER]-() } <= $hubCap)){1,6} (end)
  WHERE allReduce(
    s = {hops: 0, date: null, amount: null, via: [], ok: true},
    r IN t | {hops: s.hops + 1, date: r.date, amount: r.amount, via: s.via + [startNode(r)],
              ok: s.hops = 0 OR (r.date >= s.date AND r.date <= s.date + duration({days: $windowDays})
                                 AND r.amount >= $minFraction * s.amount AND NOT startNode(r) IN s.via)},
    s.ok AND s.hops <= $maxHops)
WITH start, t, end, last(t) AS lastHop,
     COUNT { (end)-[:TRANSFER]-() } AS endTransfers,
     nodes(p)[..-1] AS passed
WITH start, t, end, lastHop, endTransfers, end IN passed AS cycle
// A trail is reported whole: it stops at $maxHops, at a hub, where it comes back to an account it
// passed, or where no hop carries the money on within the window.
WHERE size(t) = $maxHops OR endTransfers > $hubCap OR cycle
   OR NOT EXISTS { (end)-[n:TRANSFER]->(:BankAccount)
                   WHERE n.date >= lastHop.date AND n.date <= lastHop.date + duration({days: $windowDays})
                     AND n.date <= $until AND n.amount >= $minFraction * lastHop.amount
                     AND ($visibleAll OR any(vs IN n.sourceIds WHERE vs IN $usable)) }
WITH start, t, end, endTransfers, cycle LIMIT $scanLimit
// Ranked and paged here, so that only one page of trails is built and sent (README *Measured*):
// largest first hop first, then the longer trail, the earlier first hop. Then how many there are and
// the hubs they stop at.
WITH start, t AS t, end, endTransfers, cycle
ORDER BY t[0].amount DESC, size(t) DESC, t[0].date, [r IN t | r.key]
WITH collect({start: start.spoorId, t: t, end: end.spoorId, endsAtHub: endTransfers > $hubCap, endTransfers: endTransfers,
                 cycle: cycle}) AS trails
// The hub policy of the traversal (TrailTraversal.largestFirst): from a start with more than $hubCap transfers
// only the trails whose ranking hop carries at least as much as the page's last trail's are counted, with
// their hubs; `truncated` says there are others. The page itself is the same.
WITH trails, CASE WHEN $skip + $limit > 0 AND size(trails) > $skip + $limit
                       AND EXISTS { MATCH (s:Entity) WHERE s.spoorId IN $accounts AND s:BankAccount
                                                       AND COUNT { (s)-[:TRANSFER]-() } > $hubCap }
                  THEN trails[$skip + $limit - 1].t[0].amount END AS cut
WITH trails, [x IN trails WHERE cut IS NULL OR x.t[0].amount >= cut] AS walked
WITH $accounts AS starts, size(walked) AS total, size(walked) < size(trails) AS truncated,
       COLLECT { UNWIND walked AS x WITH x WHERE x.endsAtHub AND NOT x.cycle
                 RETURN DISTINCT {account: x.end, transfers: x.endTransfers} } AS hubs,
       [trail IN trails[$skip..$skip + $limit] |
          {start: trail.start, endsAtHub: trail.endsAtHub, endTransfers: trail.endTransfers, cycle: trail.cycle,
           hops: [r IN trail.t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                                    currency: r.currency, description: r.description, key: r.key,
                                    sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}]}] AS page
// (TrailSearch appends TrailDetails.page.cypher: the page's accounts and sources, in this query.)
