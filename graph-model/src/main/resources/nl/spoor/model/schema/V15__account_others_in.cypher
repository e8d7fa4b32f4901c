// Per-account amounts paid in by others, kept at write time with the counts of V11–V13 (GraphWriter, RetentionPurge):
// othersIn is the total of every transfer and cash deposit into a BankAccount (every date and source) that is not the
// account's own money as the pass-through detector reads it: from an account of one of its holders, or of their
// employers or benefit payers; rounded to cents (the same amounts added in another order give the same total). None on
// a hub (more than 2,000 transfers in and out). An account can only pass through what others paid in, so the detector
// starts from "others paid in at least minAmount" (an index seek: on large 40,799 accounts) where it read every transfer
// of at least minAmount (2.07 million: wages spent on rent).
CREATE INDEX bank_account_others_in IF NOT EXISTS FOR (n:BankAccount) ON (n.othersIn);
// The payer counts of V13 and these amounts for a store written before (and an offline import), on the accounts with a
// transfer or a cash deposit, 10,000 accounts per transaction, one row per transaction for the progress log. An account
// with only cash deposits (V11 and V12 counted none) gets zero transfers and counterparties, as the writer sets them:
// a cash deposit counts its account as a transfer does. Idempotent, as the other fills.
MATCH (a:BankAccount) WHERE EXISTS { (a)-[:TRANSFER|CASH_DEPOSIT]-() }
WITH collect(a) AS accounts
UNWIND range(0, size(accounts) - 1, 10000) AS first
CALL (accounts, first) {
  UNWIND accounts[first..first + 10000] AS a
  WITH a, a.transfersIn IS NULL AS depositsOnly
  SET a.transfersIn = coalesce(a.transfersIn, 0), a.transfersOut = coalesce(a.transfersOut, 0),
      a.sendersIn = CASE WHEN depositsOnly THEN 0 ELSE a.sendersIn END,
      a.receiversOut = CASE WHEN depositsOnly THEN 0 ELSE a.receiversOut END
  WITH a, a.transfersIn + a.transfersOut <= 2000 AS kept
  SET a.payersIn = CASE WHEN kept THEN size(COLLECT { MATCH (a)<-[:TRANSFER]-(o) WHERE o <> a AND o.transfersIn + o.transfersOut <= 2000
                                                      WITH DISTINCT o
                                                      MATCH (o)<-[:HOLDS_ACCOUNT]-(p:Person)
                                                      RETURN DISTINCT p }) END,
      a.othersIn = CASE WHEN kept THEN round(reduce(total = 0.0, amount IN COLLECT {
                     WITH COLLECT { MATCH (h)-[:HOLDS_ACCOUNT]->(a) MATCH (h)-[:HOLDS_ACCOUNT]->(o) RETURN o }
                          + COLLECT { MATCH (h)-[:HOLDS_ACCOUNT]->(a) MATCH (h)-[:EMPLOYED_BY|RECEIVES_BENEFIT]->()-[:HOLDS_ACCOUNT]->(o) RETURN o } AS own
                     MATCH (a)<-[i:TRANSFER|CASH_DEPOSIT]-(s) WHERE NOT s IN own
                     RETURN i.amount } | total + coalesce(amount, 0.0)), 2) END
} IN TRANSACTIONS OF 1 ROW
RETURN first + size(accounts[first..first + 10000]) AS done, size(accounts) AS total;
