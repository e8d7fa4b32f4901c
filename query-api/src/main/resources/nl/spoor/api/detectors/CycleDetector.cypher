CYPHER 25
// Round-trip cycles (DESIGN §5): money that leaves an account and comes back, through 1 to 5 other
// accounts, to the account itself, to another account of its holder(s) or to an account of a company a holder
// owns ("back to the origin or a company it owns"). As in the money-trail search (TrailSearch.forward.cypher), allReduce() over the group
// variable `t` carries the state of the path along and Neo4j inlines its predicate into the
// expansion, so a hop is never expanded when it is earlier than the previous one ($ordered), when it
// puts more than $windowDays days between the cycle's first and last hop, when it carries less than
// $minFraction of the previous hop or more than it (money does not grow while it is passed on), when
// it enters an account the cycle passed, or when the cycle is already back home: pruned, not
// filtered afterwards. Accounts with more than $hubCap transfers are not passed through.
// Parallel transfers (same two accounts, same day, same amount: one payment booked several times) are
// one hop: only the one with the smallest element id is expanded and the others come along as evidence
// (`parallel`), so k repeated bookings do not make k^hops copies of one account cycle.
// Unordered ($ordered = false: hops on any day within the window, as AMLSim schedules its cycles), a
// cycle is found only from its account with the smallest Spoor id, so it is found once.
// The first hop carries at least $minAmount (so every later hop at most that much less by $minFraction).
// The start (ACCOUNTS below): every account, or only those of $accounts through :Entity's unique index (FlowDetections.accounts);
// over the whole graph with $minAmount > 0, the senders of transfers of that size (CycleDetector.cypher(), the amount index).
// An account that paid anything and is no hub, from its transfer counts (schema V11) rather than degree lookups. The
// hub cap counts every transfer once: in + out counts a transfer to itself twice, so only an account over the cap by that
// sum (a hub, whose degree is cheap to read) has its transfers counted.
{{ACCOUNTS start}}
  AND start.transfersOut >= 1
  AND (start.transfersIn + start.transfersOut <= $hubCap OR COUNT { (start)-[:TRANSFER]-() } <= $hubCap)
// Home: the account itself, the other accounts of its holders, and the accounts of companies a holder owns at least
// $minOwnedShare % of (money sent out privately that comes back into the owner's B.V. as a "loan").
WITH start, [start] + COLLECT { MATCH (start)<-[:HOLDS_ACCOUNT]-(:Entity)-[:HOLDS_ACCOUNT]->(o:BankAccount)
                                WHERE o <> start RETURN o
                                UNION
                                MATCH (start)<-[:HOLDS_ACCOUNT]-(:Entity)-[w:OWNS]->(:Company)-[:HOLDS_ACCOUNT]->(o:BankAccount)
                                WHERE w.share >= $minOwnedShare AND o <> start RETURN o } AS home
MATCH p = (start) ((a:BankAccount)-[t:TRANSFER]->(b:BankAccount)
            WHERE t.date >= $from AND t.date <= $until AND t.amount > 0
              AND ($caseSources IS NULL OR any(x IN coalesce(t.sourceIds, []) WHERE x IN $caseSources))
              AND NOT EXISTS { (a)-[u:TRANSFER]->(b) WHERE u.date = t.date AND u.amount = t.amount AND elementId(u) < elementId(t)
                                 AND ($caseSources IS NULL OR any(x IN coalesce(u.sourceIds, []) WHERE x IN $caseSources)) }
              AND (b IN home OR (($ordered OR b.spoorId > start.spoorId)
                                 AND (b.transfersIn + b.transfersOut <= $hubCap OR COUNT { (b)-[:TRANSFER]-() } <= $hubCap)))){2,6} (end)
  WHERE end IN home AND allReduce(
    s = {hops: 0, date: null, lo: null, hi: null, amount: null, closed: false, via: [], ok: true},
    r IN t | {hops: s.hops + 1, date: r.date, amount: r.amount, closed: endNode(r) IN home, via: s.via + [endNode(r)],
              lo: CASE WHEN s.lo IS NULL OR r.date < s.lo THEN r.date ELSE s.lo END,
              hi: CASE WHEN s.hi IS NULL OR r.date > s.hi THEN r.date ELSE s.hi END,
              ok: s.ok AND NOT s.closed AND (endNode(r) IN home OR NOT endNode(r) IN s.via)
                  AND (s.hops > 0 OR r.amount >= $minAmount)
                  AND (s.hops = 0 OR (r.amount >= $minFraction * s.amount AND r.amount <= s.amount
                                      AND (NOT $ordered OR r.date >= s.date)
                                      AND r.date <= s.lo + duration({days: $windowDays})
                                      AND r.date >= s.hi - duration({days: $windowDays})))},
    s.ok AND s.hops <= $maxHops)
WITH start, end, t LIMIT $scanLimit
RETURN {spoorId: start.spoorId, kind: 'BankAccount', caption: coalesce(start.iban, start.name, start.spoorId)} AS origin,
       {spoorId: end.spoorId, kind: 'BankAccount', caption: coalesce(end.iban, end.name, end.spoorId)} AS back,
       end <> start AND NOT EXISTS { MATCH (start)<-[:HOLDS_ACCOUNT]-(:Entity)-[:HOLDS_ACCOUNT]->(end) } AS backToOwnedCompany,
       COLLECT { MATCH (h:Entity)-[:HOLDS_ACCOUNT]->(start)
                 RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                         caption: coalesce(h.name, h.kvkNummer, h.spoorId)} AS holder ORDER BY holder.spoorId } AS holders,
       [r IN t | {id: elementId(r), date: r.date, amount: r.amount,
                  parallel: COLLECT { MATCH (x)-[u:TRANSFER]->(y)
                                      WHERE x = startNode(r) AND y = endNode(r) AND u.date = r.date AND u.amount = r.amount AND u <> r
                                        AND ($caseSources IS NULL OR any(s IN coalesce(u.sourceIds, []) WHERE s IN $caseSources))
                                      RETURN elementId(u) AS id ORDER BY id },
                  to: {spoorId: endNode(r).spoorId, kind: 'BankAccount',
                       caption: coalesce(endNode(r).iban, endNode(r).name, endNode(r).spoorId)}}] AS hops
