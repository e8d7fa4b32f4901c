CYPHER 25
// Fan-in and fan-out (DESIGN §5). Written for fan-in; FanInOutDetector turns the arrows for fan-out:
// {{GATHER}} is the direction of the transfers counted (into the account for fan-in), {{ONWARD}} the
// other direction (what left the account afterwards; for fan-out, what came in before), {{GATHERED}} the account's
// count of counterparties that way that are no hub (sendersIn for fan-in, receiversOut; schema V12, kept by the
// writers) or, for a hub cap above what those counts hold for, of its transfers that way (transfersIn, transfersOut).
// Every account with at least $minCounterparties of those (a seek on the count's index: a degree lookup on every
// account was 44 % of the whole-graph run on large, and "5 transfers out" was every household paying its bills) and at
// most $hubCap transfers in all is examined; for each, the window starting on the day of one of its transfers
// and ending $windowDays days later (both days included) with the most distinct counterparties is its best window.
// With $minSameDay > 1 only split payments count: transfers of a counterparty on a day on which it made at
// least $minSameDay transfers with the account (one payment cut into bookings, as smurfs do), so a shop's
// or landlord's many single payments do not make a fan-in.
// The start (ACCOUNTS below): every account, or only those of $accounts through :Entity's unique index (FlowDetections.accounts).
{{ACCOUNTS a}}
  AND a.{{GATHERED}} >= $minCounterparties
  // A whole-graph run in $parts parts on the read threads (SpreadReads): this one's accounts (spoor.part of their Spoor id).
  AND ($parts IS NULL OR spoor.part(a.spoorId, $parts) = $part)
  // The hub cap as before, every transfer once: in + out counts an account's transfers to itself twice, so only
  // an account over the cap by that sum (a hub, whose degree is cheap to read) has its transfers counted.
  AND (a.transfersIn + a.transfersOut <= $hubCap OR COUNT { (a)-[:TRANSFER]-() } <= $hubCap)
CALL (a) {
  MATCH (a){{GATHER}}(o:BankAccount)
  // Date and amount read once per transfer (filtered on, then collected: Neo4j read them twice, 2 of the 7 reads per
  // transfer of large's whole-graph fan-out).
  WITH a, t, o, t.date AS day, t.amount AS amount
  WHERE o <> a AND day >= $from AND day <= $until AND amount > 0
    AND ($caseSources IS NULL OR any(x IN coalesce(t.sourceIds, []) WHERE x IN $caseSources))
  // A hub among the counterparties (a supermarket, an energy firm, a payroll: more than $hubCap transfers) does not
  // count: a household paying its bills is no fan-out, nor a person paid by a large employer and the SVB a fan-in.
  // Its transfers still count in the period's total (the concentration's denominator). in + out counts a transfer to
  // itself twice, so the degree is at least half the sum and is only looked up in between.
  WITH t, o, day, amount, o.transfersIn + o.transfersOut AS sum
  WITH t, o, day, amount, sum <= $hubCap OR sum <= 2 * $hubCap AND COUNT { (o)-[:TRANSFER]-() } <= $hubCap AS counts
  // The counterparty as a node: compared by identity while windows are tried, its caption read only for the
  // best window's (a map per transfer made the whole-graph run read every sender's properties).
  // The transfer's element id only with details (the page): making one for each of 955,608 transfers was a fifth of
  // large's whole-graph fan-out.
  RETURN collect(CASE WHEN counts THEN {id: CASE WHEN $details THEN elementId(t) END, date: day, amount: amount, other: o} END) AS moves,
         count(t) AS periodTransfers
}
WITH a, moves, periodTransfers, CASE WHEN $minSameDay <= 1 THEN moves
                   ELSE [m IN moves WHERE size([x IN moves WHERE x.date = m.date AND x.other = m.other]) >= $minSameDay]
              END AS split
// $amountTolerance (with split payments only): a transfer made in one go counts too when its amount lies within
// that share of the median split payment (a smurf paying at once what the others split).
// (Sorted only when asked for: on large's whole-graph fan-out that sort was of 955,608 transfers.)
WITH a, moves, periodTransfers, split,
     COLLECT { UNWIND CASE WHEN $minSameDay <= 1 OR $amountTolerance IS NULL THEN [] ELSE split END AS m RETURN m.amount AS x ORDER BY x } AS sorted
WITH a, periodTransfers, CASE WHEN $minSameDay <= 1 OR $amountTolerance IS NULL OR size(sorted) = 0 THEN split
                   ELSE [m IN moves WHERE m IN split
                           OR abs(m.amount - sorted[size(sorted) / 2]) <= $amountTolerance * sorted[size(sorted) / 2]]
              END AS counted
// The window with the most distinct counterparties, then the largest total, then the earliest start: one pass with a
// sliding window in Spoor's function (BestWindow; trying every start day in Cypher was O(n²) per account).
WITH a, periodTransfers, counted WHERE size(counted) >= $minCounterparties
WITH a, periodTransfers, spoor.bestWindow(counted, $windowDays, $minCounterparties) AS best
WHERE best IS NOT NULL
WITH a, periodTransfers, best.wFrom AS wFrom, best.inWindow AS inWindow, best.others AS others, best.total AS total
WITH a, periodTransfers, wFrom, inWindow, others, total,
     reduce(d = wFrom, m IN inWindow | CASE WHEN m.date > d THEN m.date ELSE d END) AS wLast
CALL (a, wFrom, wLast) {
  MATCH (a){{ONWARD}}(:BankAccount)
  WHERE f.date >= wFrom - duration({days: $onwardBefore}) AND f.date <= wLast + duration({days: $onwardAfter})
    AND f.date >= $from AND f.date <= $until AND f.amount > 0
    AND ($caseSources IS NULL OR any(x IN coalesce(f.sourceIds, []) WHERE x IN $caseSources))
  RETURN collect(CASE WHEN $details THEN {date: f.date, id: elementId(f)} END) AS onward, sum(f.amount) AS onwardTotal
}
// With $details false (a whole-graph run, to rank) the numbers only; the ids of the transfers, counterparties and holders
// are read with $details true for the page a user gets (on large's fan-out that was 24,195 results' ids over Bolt).
RETURN {spoorId: a.spoorId, kind: 'BankAccount', caption: coalesce(a.iban, a.name, a.spoorId)} AS account,
       CASE WHEN $details THEN COLLECT { MATCH (h:Entity)-[:HOLDS_ACCOUNT]->(a)
                                         RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                                                 caption: coalesce(h.name, h.kvkNummer, h.spoorId)} AS holder ORDER BY holder.spoorId }
            ELSE [] END AS holders,
       wFrom, wLast, size(inWindow) AS transferCount, size(others) AS counterpartyCount,
       COLLECT { UNWIND CASE WHEN $details THEN inWindow ELSE [] END AS m WITH m ORDER BY m.date, m.id RETURN m.id } AS transfers,
       // The counterparties by element id: their Spoor ids and captions are read for the page (FanInOutDetector.views).
       CASE WHEN $details THEN [o IN others | elementId(o)] ELSE [] END AS others,
       total, periodTransfers, COLLECT { UNWIND onward AS m WITH m ORDER BY m.date, m.id RETURN m.id } AS onward, onwardTotal
