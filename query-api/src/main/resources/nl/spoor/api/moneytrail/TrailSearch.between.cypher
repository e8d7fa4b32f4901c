CYPHER 25
// Money trails from the accounts of one entity to the accounts of another: the forward trail of
// the forward search (same allReduce() predicate, inlined into the expansion), ending at
// the first target account it reaches. Hubs are not expanded through, the start accounts always are.
MATCH (start:Entity) WHERE start.spoorId IN $accounts AND start:BankAccount
MATCH p = (start) ((a:BankAccount)-[t:TRANSFER]->(b:BankAccount)
            WHERE t.date >= $from AND t.date <= $until AND t.amount > 0
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
RETURN start.spoorId AS start,
       [r IN t | {from: startNode(r).spoorId, to: endNode(r).spoorId, date: r.date, amount: r.amount,
                  currency: r.currency, description: r.description, key: r.key,
                  sourceIds: coalesce(r.sourceIds, []), evidence: coalesce(r.evidence, [])}] AS hops,
       false AS endsAtHub, 0 AS endTransfers, false AS cycle
ORDER BY hops[0].amount DESC, size(hops) DESC, hops[0].date, [h IN hops | h.key]
