// Per-account counterparty counts, kept at write time with the transfer counts of V11 (GraphWriter, RetentionPurge):
// sendersIn and receiversOut are the numbers of distinct other accounts that paid into and were paid from a
// BankAccount, counting only counterparties that may be no hub (transfersIn + transfersOut at most 2,000: the
// degree is at least half that sum, so every account with at most 1,000 transfers counts). A hub itself (more than
// 2,000) keeps none. A counterparty becomes a hub only by gaining transfers, so a count taken earlier can only be
// too high, never too low: the detectors may start from "at least 5 receivers that are no hub" (an index seek) with
// any hub cap up to 1,000, where "at least 5 outgoing transfers" was every household paying its bills.
CREATE INDEX bank_account_senders_in IF NOT EXISTS FOR (n:BankAccount) ON (n.sendersIn);
CREATE INDEX bank_account_receivers_out IF NOT EXISTS FOR (n:BankAccount) ON (n.receiversOut);
// The counts of a store written before this migration (and of an offline import), on the accounts with a transfer,
// 10,000 accounts per transaction, one row per transaction for the progress log. Idempotent, as V11's fill.
MATCH (a:BankAccount) WHERE EXISTS { (a)-[:TRANSFER]-() }
WITH collect(a) AS accounts
UNWIND range(0, size(accounts) - 1, 10000) AS first
CALL (accounts, first) {
  UNWIND accounts[first..first + 10000] AS a
  WITH a, a.transfersIn + a.transfersOut <= 2000 AS kept
  SET a.sendersIn = CASE WHEN kept THEN size(COLLECT { MATCH (a)<-[:TRANSFER]-(o) WHERE o <> a AND o.transfersIn + o.transfersOut <= 2000
                                                      RETURN DISTINCT o }) END,
      a.receiversOut = CASE WHEN kept THEN size(COLLECT { MATCH (a)-[:TRANSFER]->(o) WHERE o <> a AND o.transfersIn + o.transfersOut <= 2000
                                                         RETURN DISTINCT o }) END
} IN TRANSACTIONS OF 1 ROW
RETURN first + size(accounts[first..first + 10000]) AS done, size(accounts) AS total;
