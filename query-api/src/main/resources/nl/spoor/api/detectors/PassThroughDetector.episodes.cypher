CYPHER 25
// Pass-through episodes of the given accounts: for every day in [from, until] on which an account sent money
// out, and every destination it sent to that day (an account, or 'cash' for withdrawals), what it sent there in
// the $windowDays days up to that day against what came in over the same days from others. Wages and benefits
// from the holder's employer or benefit payer and transfers from the holder's own accounts are the holder's own
// money, not money passed through, and are counted apart. Only episodes forwarding at least $minFraction of
// the inflow, and not more than all of it, are returned, each with what explains or aggravates it.
// Only facts of the view's usable sources count (View.cypher); the hub cap counts every transfer, a cost limit only.
UNWIND $anchors AS anchor
// By :Entity, whose spoorId is the unique index (by :BankAccount every anchor was a scan of every account).
MATCH (x:Entity {spoorId: anchor.account})
WHERE x:BankAccount AND COUNT { (x)-[:TRANSFER|CASH_DEPOSIT|CASH_WITHDRAWAL]-() } <= $hubCap
MATCH (x)-[o:TRANSFER|CASH_WITHDRAWAL]->(dest)
WHERE o.date >= anchor.from AND o.date <= anchor.until AND {{visible o}}
WITH DISTINCT x, o.date AS day, CASE type(o) WHEN 'CASH_WITHDRAWAL' THEN 'cash' ELSE dest.spoorId END AS destination
CALL (x, day, destination) {
  MATCH (x)-[f:TRANSFER|CASH_WITHDRAWAL]->(d)
  WHERE f.date >= day - duration({days: $windowDays}) AND f.date <= day AND {{visible f}}
    AND CASE type(f) WHEN 'CASH_WITHDRAWAL' THEN 'cash' ELSE d.spoorId END = destination
  WITH f ORDER BY f.date, f.key
  RETURN sum(f.amount) AS forwarded, collect(elementId(f)) AS forwardIds
}
WITH x, day, destination, forwarded, forwardIds,
     COLLECT { MATCH (h)-[h1:HOLDS_ACCOUNT]->(x) WHERE {{visible h1}} MATCH (h)-[h2:HOLDS_ACCOUNT]->(a) WHERE {{visible h2}} RETURN a }
     + COLLECT { MATCH (h)-[h1:HOLDS_ACCOUNT]->(x) WHERE {{visible h1}}
                 MATCH (h)-[e:EMPLOYED_BY|RECEIVES_BENEFIT]->()-[h2:HOLDS_ACCOUNT]->(a) WHERE {{visible e}} AND {{visible h2}} RETURN a } AS own
CALL (x, day, own) {
  OPTIONAL MATCH (x)<-[i:TRANSFER|CASH_DEPOSIT]-(s)
  WHERE i.date >= day - duration({days: $windowDays}) AND i.date <= day AND {{visible i}}
  WITH i, s, s IN own AS isOwn ORDER BY i.date, i.key
  RETURN sum(CASE WHEN i IS NULL OR isOwn THEN 0.0 ELSE i.amount END) AS inflow,
         sum(CASE WHEN i IS NOT NULL AND isOwn THEN i.amount ELSE 0.0 END) AS ownInflow,
         collect(CASE WHEN i IS NULL OR isOwn THEN null ELSE {id: elementId(i), date: i.date, amount: i.amount, from: s.spoorId} END) AS ins
}
WITH x, day, destination, forwarded, forwardIds, inflow, ownInflow, ins
WHERE inflow > 0 AND forwarded >= $minFraction * inflow AND forwarded <= inflow
OPTIONAL MATCH (y:Entity {spoorId: destination}) WHERE y:BankAccount
RETURN x.spoorId AS account, day, destination, forwarded, forwardIds, inflow, ownInflow, ins,
       // A recipient the account never paid before the window is new; for cash, no earlier withdrawal of the size.
       CASE WHEN y IS NULL
            THEN NOT EXISTS { MATCH (x)-[e:CASH_WITHDRAWAL]->() WHERE e.date < day - duration({days: $windowDays}) AND e.amount >= $minAmount AND {{visible e}} }
            ELSE NOT EXISTS { MATCH (x)-[e:TRANSFER]->(y) WHERE e.date < day - duration({days: $windowDays}) AND {{visible e}} } END AS newRecipient,
       // How the recipient's holder is related to this account's holder: own account, family, landlord, employee, shared controller.
       CASE WHEN y IS NULL THEN null ELSE COLLECT {
         MATCH (h)-[hx:HOLDS_ACCOUNT]->(x), (k)-[ky:HOLDS_ACCOUNT]->(y) WHERE {{visible hx}} AND {{visible ky}}
         WITH CASE WHEN h = k THEN 'own account'
                     WHEN EXISTS { MATCH (h)-[r:FAMILY_OF]-(k) WHERE {{visible r}} } THEN 'family'
                     WHEN EXISTS { MATCH (k)-[r:LANDLORD_OF]->(h) WHERE {{visible r}} } THEN 'landlord'
                     WHEN EXISTS { MATCH (k)-[r:EMPLOYED_BY]->(h) WHERE {{visible r}} } THEN 'employee'
                     WHEN EXISTS { MATCH (h)<-[r1:DIRECTOR_OF|OWNS]-()-[r2:DIRECTOR_OF|OWNS]->(k) WHERE {{visible r1}} AND {{visible r2}} }
                          THEN 'shared director or owner'
                     WHEN EXISTS { MATCH (h)-[r:DIRECTOR_OF|OWNS]-(k) WHERE {{visible r}} } THEN 'director or owner'
                     ELSE null END AS relation
         WHERE relation IS NOT NULL RETURN relation LIMIT 1 }[0] END AS relation,
       COLLECT { MATCH (h)-[hx:HOLDS_ACCOUNT]->(x) WHERE {{visible hx}} RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                 caption: coalesce({{asserted h.name}}, h.spoorId)} AS holder ORDER BY holder.spoorId } AS holders,
       COLLECT { MATCH (h)-[hx:HOLDS_ACCOUNT]->(x) WHERE {{visible hx}} MATCH (h)-[di:DECLARED_INCOME]->() WHERE {{visible di}}
                 RETURN di.amount AS income ORDER BY di.year DESC LIMIT 1 }[0] AS income,
       CASE WHEN y IS NULL THEN null ELSE COLLECT { MATCH (k)-[ky:HOLDS_ACCOUNT]->(y) WHERE {{visible ky}}
                 RETURN coalesce({{asserted k.name}}, k.spoorId) AS c ORDER BY c LIMIT 1 }[0] END AS recipientHolder
ORDER BY account, day, destination
