// The start of PassThroughDetector.cypher from the accounts others paid at least $minAmount into (othersIn, schema V15:
// every transfer and cash deposit not from an account of a holder, of a holder's employer or benefit payer; every date
// and source), when every source is usable: a forwarding of at least $minAmount can only be covered by what others paid
// in. On large 40,799 accounts, where the transfers of at least €1,000 were 2.07 million, mostly wages spent on rent.
// Their forwardings as the other start finds them: transfers to an account that is no hub, and cash withdrawals.
CALL () {
  MATCH (x:BankAccount) USING INDEX x:BankAccount(othersIn)
  // Half a cent below: the total is kept rounded to cents.
  WHERE x.othersIn >= $minAmount - 0.005 AND x.transfersIn + x.transfersOut <= $hubCap
  CALL (x) {
    MATCH (x)-[t:TRANSFER]->(y:BankAccount)
    WHERE t.amount >= $minAmount AND t.date >= $since AND t.date <= $until AND {{visible t}}
      AND coalesce(y.transfersIn, 0) + coalesce(y.transfersOut, 0) <= $hubCap
    RETURN t.date AS day, t.amount AS amount, y
    UNION ALL
    MATCH (x)-[t:CASH_WITHDRAWAL]->()
    WHERE t.amount >= $minAmount AND t.date >= $since AND t.date <= $until AND {{visible t}}
    RETURN t.date AS day, t.amount AS amount, null AS y
  }
  RETURN x, day, amount, y
}
