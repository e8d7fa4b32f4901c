CYPHER 25
// Pass-through (DESIGN §5), where to look in the whole graph (an entity's accounts are looked at directly).
// Transfers of at least $minAmount to an account that is no hub, and cash withdrawals of that size, in the period, from
// an account that is no hub: the start, put in by PassThroughDetector, is PassThroughDetector.byOthers.cypher (the
// accounts others paid at least that much into, kept at write time) or PassThroughDetector.byAmount.cypher (every such
// transfer). Such a forwarding can only be part of a pass-through when others paid at least as much into the account in
// the $windowDays days before, so that is checked next, against the holder's own money (its own accounts, its employers'
// and benefit payers' accounts), which prunes the wages and benefits people spend. One row per account, with the days worth a closer look. Only facts of the view's usable
// sources count (View.cypher); the hub caps count every transfer, a cost limit only.
{{START}}
// Every forwarding is checked on its own: a day is worth a look when one of its forwardings is covered.
WITH x, collect({day: day, amount: amount, y: y}) AS out
// What came into the account, read once for all its forwardings (not once per forwarding): date, amount and sender.
WITH x, out, COLLECT { MATCH (x)<-[i:TRANSFER|CASH_DEPOSIT]-(s)
                       WHERE i.date >= $since - duration({days: $windowDays}) AND i.date <= $until AND {{visible i}}
                       RETURN {date: i.date, amount: i.amount, s: s} } AS ins
// A necessary condition before the holder's own money is looked up: what anyone paid in over the days before
// covers the forwarding (what others paid in is never more).
WITH x, ins, [f IN out WHERE reduce(total = 0.0, m IN ins | total + CASE WHEN m.date >= f.day - duration({days: $windowDays})
                                                                        AND m.date <= f.day THEN m.amount ELSE 0.0 END) >= f.amount] AS out
WHERE size(out) > 0
WITH x, ins, out,
     COLLECT { MATCH (h)-[h1:HOLDS_ACCOUNT]->(x) WHERE {{visible h1}} MATCH (h)-[h2:HOLDS_ACCOUNT]->(a) WHERE {{visible h2}} RETURN a }
     + COLLECT { MATCH (h)-[h1:HOLDS_ACCOUNT]->(x) WHERE {{visible h1}}
                 MATCH (h)-[e:EMPLOYED_BY|RECEIVES_BENEFIT]->()-[h2:HOLDS_ACCOUNT]->(a) WHERE {{visible e}} AND {{visible h2}} RETURN a } AS own
WITH x, [m IN ins WHERE NOT m.s IN own] AS fromOthers, out
WITH x, [f IN out WHERE reduce(total = 0.0, m IN fromOthers | total + CASE WHEN m.date >= f.day - duration({days: $windowDays})
                                                                           AND m.date <= f.day THEN m.amount ELSE 0.0 END) >= f.amount] AS out
WHERE size(out) > 0 AND COUNT { (x)-[:TRANSFER|CASH_DEPOSIT|CASH_WITHDRAWAL]-() } <= $hubCap
// The recipients' exact caps, on what is left.
WITH x, COLLECT { UNWIND out AS f WITH f.day AS day, f.y AS y
                  WHERE y IS NULL OR COUNT { (y)-[:TRANSFER|CASH_DEPOSIT|CASH_WITHDRAWAL]-() } <= $hubCap
                  RETURN DISTINCT day ORDER BY day } AS days
WHERE size(days) > 0
RETURN x.spoorId AS account, days
