CYPHER 25
// Fan-in and fan-out (DESIGN §5). Written for fan-in; FanInOutDetector turns the arrows for fan-out:
// {{GATHER}} is the direction of the transfers counted (into the account for fan-in), {{ONWARD}} the
// other direction (what left the account afterwards; for fan-out, what came in before), {{GATHERED}} the account's
// count of transfers that way (transfersIn for fan-in, transfersOut; schema V11, kept by the writers).
// Every account with at least $minCounterparties transfers that way (a seek on the count's index: a degree lookup on
// every account was 44 % of the whole-graph run on large) and at most $hubCap transfers in all is examined; for each, the window starting on the day of one of its transfers
// and ending $windowDays days later (both days included) with the most distinct counterparties is its best window.
// With $minSameDay > 1 only split payments count: transfers of a counterparty on a day on which it made at
// least $minSameDay transfers with the account (one payment cut into bookings, as smurfs do), so a shop's
// or landlord's many single payments do not make a fan-in.
// The start (ACCOUNTS below): every account, or only those of $accounts through :Entity's unique index (FlowDetections.accounts).
{{ACCOUNTS a}}
  AND a.{{GATHERED}} >= $minCounterparties
  // The hub cap as before, every transfer once: in + out counts an account's transfers to itself twice, so only
  // an account over the cap by that sum (a hub, whose degree is cheap to read) has its transfers counted.
  AND (a.transfersIn + a.transfersOut <= $hubCap OR COUNT { (a)-[:TRANSFER]-() } <= $hubCap)
CALL (a) {
  MATCH (a){{GATHER}}(o:BankAccount)
  WHERE o <> a AND t.date >= $from AND t.date <= $until AND t.amount > 0
    AND ($caseSources IS NULL OR any(x IN coalesce(t.sourceIds, []) WHERE x IN $caseSources))
  // The counterparty as a node: compared by identity while windows are tried, its caption read only for the
  // best window's (a map per transfer made the whole-graph run read every sender's properties).
  RETURN collect({id: elementId(t), date: t.date, amount: t.amount, other: o}) AS moves
}
WITH a, moves, CASE WHEN $minSameDay <= 1 THEN moves
                   ELSE [m IN moves WHERE size([x IN moves WHERE x.date = m.date AND x.other = m.other]) >= $minSameDay]
              END AS split
// $amountTolerance (with split payments only): a transfer made in one go counts too when its amount lies within
// that share of the median split payment (a smurf paying at once what the others split).
WITH a, moves, split, COLLECT { UNWIND split AS m RETURN m.amount AS x ORDER BY x } AS sorted
WITH a, moves, CASE WHEN $minSameDay <= 1 OR $amountTolerance IS NULL OR size(sorted) = 0 THEN split
                   ELSE [m IN moves WHERE m IN split
                           OR abs(m.amount - sorted[size(sorted) / 2]) <= $amountTolerance * sorted[size(sorted) / 2]]
              END AS counted
// The window with the most distinct counterparties, then the largest total, then the earliest start: one pass with a
// sliding window in Spoor's function (BestWindow; trying every start day in Cypher was O(n²) per account).
WITH a, moves, counted WHERE size(counted) >= $minCounterparties
WITH a, moves, spoor.bestWindow(counted, $windowDays, $minCounterparties) AS best
WHERE best IS NOT NULL
WITH a, moves, best.wFrom AS wFrom, best.inWindow AS inWindow, best.others AS others, best.total AS total
WITH a, moves, wFrom, inWindow, others, total,
     reduce(d = wFrom, m IN inWindow | CASE WHEN m.date > d THEN m.date ELSE d END) AS wLast
CALL (a, wFrom, wLast) {
  MATCH (a){{ONWARD}}(:BankAccount)
  WHERE f.date >= wFrom - duration({days: $onwardBefore}) AND f.date <= wLast + duration({days: $onwardAfter})
    AND f.date >= $from AND f.date <= $until AND f.amount > 0
    AND ($caseSources IS NULL OR any(x IN coalesce(f.sourceIds, []) WHERE x IN $caseSources))
  WITH f ORDER BY f.date, elementId(f)
  RETURN collect(elementId(f)) AS onward, sum(f.amount) AS onwardTotal
}
RETURN {spoorId: a.spoorId, kind: 'BankAccount', caption: coalesce(a.iban, a.name, a.spoorId)} AS account,
       COLLECT { MATCH (h:Entity)-[:HOLDS_ACCOUNT]->(a)
                 RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                         caption: coalesce(h.name, h.kvkNummer, h.spoorId)} AS holder ORDER BY holder.spoorId } AS holders,
       wFrom, wLast, COLLECT { UNWIND inWindow AS m WITH m ORDER BY m.date, m.id RETURN m.id } AS transfers,
       // The counterparties by element id only: their Spoor ids and captions are read for the page a user gets
       // (FanInOutDetector.views), not for every result of a whole-graph run.
       [o IN others | elementId(o)] AS others,
       total, size(moves) AS periodTransfers, onward, onwardTotal
