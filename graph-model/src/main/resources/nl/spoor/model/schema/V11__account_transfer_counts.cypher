// Per-account transfer counts, kept at write time (GraphWriter, RetentionPurge): transfersIn and transfersOut are the
// numbers of TRANSFER relationships into and out of a BankAccount, of every date and source. The unscoped money
// detectors start from them ("accounts with at least 5 incoming transfers": an index seek) instead of a degree
// lookup on every account, which on a sparse node is a walk of its relationship chain (924,361 accounts on large).
CREATE INDEX bank_account_transfers_in IF NOT EXISTS FOR (n:BankAccount) ON (n.transfersIn);
CREATE INDEX bank_account_transfers_out IF NOT EXISTS FOR (n:BankAccount) ON (n.transfersOut);
// The counts of a store written before this migration (and of an offline import, whose fresh database runs every
// migration when it first opens), on the accounts with a transfer, as the writers set them (an account no transfer
// ever touched has none: read as 0): 10,000 accounts per transaction, one row per transaction for the progress log
// (done of total accounts). Recounting is idempotent, so a fill cut short is simply run again.
MATCH (a:BankAccount) WHERE EXISTS { (a)-[:TRANSFER]-() }
WITH collect(a) AS accounts
UNWIND range(0, size(accounts) - 1, 10000) AS first
CALL (accounts, first) {
  UNWIND accounts[first..first + 10000] AS a
  SET a.transfersIn = COUNT { (a)<-[:TRANSFER]-() }, a.transfersOut = COUNT { (a)-[:TRANSFER]->() }
} IN TRANSACTIONS OF 1 ROW
RETURN first + size(accounts[first..first + 10000]) AS done, size(accounts) AS total;
