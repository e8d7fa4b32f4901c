// The start of PassThroughDetector.cypher from every transfer and cash withdrawal of at least $minAmount in the period:
// for a view that may not use every source (what it counts as the holder's own money is what its sources state, which
// the amounts kept at write time do not know) or a hub cap above what they are kept for.
CALL () {
  // The amount index, also when a period is given: its date range would otherwise be taken for the whole graph.
  // The hub caps first by the transfer counts kept at write time (V11): an account with more transfers than the cap
  // has more movements too, so this drops only hubs, at a property read instead of a degree count per transfer
  // (on `large` 2.07 M of them: 4.3 s). The exact caps, cash included, are checked on the few accounts left.
  MATCH (x:BankAccount)-[t:TRANSFER]->(y:BankAccount) USING INDEX t:TRANSFER(amount)
  WHERE t.amount >= $minAmount AND t.date >= $since AND t.date <= $until AND {{visible t}}
    AND coalesce(x.transfersIn, 0) + coalesce(x.transfersOut, 0) <= $hubCap
    AND coalesce(y.transfersIn, 0) + coalesce(y.transfersOut, 0) <= $hubCap
  RETURN x, t.date AS day, t.amount AS amount, y
  UNION ALL
  // Without a label on x, so that the planner scans the CASH_WITHDRAWALs rather than every account.
  MATCH (x)-[t:CASH_WITHDRAWAL]->()
  WHERE t.amount >= $minAmount AND t.date >= $since AND t.date <= $until AND {{visible t}}
  RETURN x, t.date AS day, t.amount AS amount, null AS y
}
