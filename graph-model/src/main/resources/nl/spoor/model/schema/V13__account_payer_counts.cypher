// Per-account payer counts, kept at write time with the counts of V11 and V12 (GraphWriter, RetentionPurge): payersIn
// is the number of distinct persons holding an account that paid into a BankAccount, over the same counterparties as
// sendersIn (other accounts with at most 2,000 transfers in and out); none on a hub itself. A new holder of a paying
// account counts its receivers again, as a new transfer counts its ends. The trafficking fan-in anchor ("persons whose
// accounts receive from many persons") starts from "at least 4 payers" (an index seek: on large 4,567 accounts) where
// "at least 4 incoming transfers" was every account with a monthly wage (93,117), whose payers it then looked up.
CREATE INDEX bank_account_payers_in IF NOT EXISTS FOR (n:BankAccount) ON (n.payersIn);
// The counts of a store written before this migration (and of an offline import), on the accounts with a transfer (as
// the writers count them), 10,000 accounts per transaction, one row per transaction for the progress log. Idempotent,
// as V11's and V12's fills.
MATCH (a:BankAccount) WHERE EXISTS { (a)-[:TRANSFER]-() }
WITH collect(a) AS accounts
UNWIND range(0, size(accounts) - 1, 10000) AS first
CALL (accounts, first) {
  UNWIND accounts[first..first + 10000] AS a
  WITH a, a.transfersIn + a.transfersOut <= 2000 AS kept
  SET a.payersIn = CASE WHEN kept THEN size(COLLECT { MATCH (a)<-[:TRANSFER]-(o) WHERE o <> a AND o.transfersIn + o.transfersOut <= 2000
                                                      WITH DISTINCT o
                                                      MATCH (o)<-[:HOLDS_ACCOUNT]-(p:Person)
                                                      RETURN DISTINCT p }) END
} IN TRANSACTIONS OF 1 ROW
RETURN first + size(accounts[first..first + 10000]) AS done, size(accounts) AS total;
