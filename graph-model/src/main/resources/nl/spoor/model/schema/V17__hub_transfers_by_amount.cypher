// A busy account's transfers by amount, kept at write time with the transfer counts of V11 (GraphWriter,
// RetentionPurge). On a BankAccount with more than 1,000 transfers out, every one of them carries the account's Spoor id
// in outOfHub and the account has transfersOutByAmount = true; likewise intoHub and transfersInByAmount for more than
// 1,000 transfers in. A mark once set stays (a purge that brings the account under 1,000 leaves its transfers marked
// and the index still complete for it). The money-trail traversal reads a hub start's first hops from these indexes
// in descending order of amount and stops once its page is certain, where it read every transfer of the start and
// sorted them (241,420 from the busiest account of large). The flag, not the count, says the index is complete.
CREATE INDEX transfer_out_of_hub IF NOT EXISTS FOR ()-[r:TRANSFER]-() ON (r.outOfHub, r.amount);
CREATE INDEX transfer_into_hub IF NOT EXISTS FOR ()-[r:TRANSFER]-() ON (r.intoHub, r.amount);
// The marks of a store written before this migration (and of an offline import): one account per transaction, marked
// after its transfers, one row per transaction for the progress log. Idempotent, as V11's fill.
MATCH (a:BankAccount) WHERE a.transfersOut > 1000 OR a.transfersIn > 1000
WITH collect(a) AS hubs
UNWIND range(0, size(hubs) - 1) AS i
CALL (hubs, i) {
  WITH hubs[i] AS a
  CALL (a) {
    WITH a WHERE a.transfersOut > 1000
    MATCH (a)-[t:TRANSFER]->()
    SET t.outOfHub = a.spoorId
  }
  CALL (a) {
    WITH a WHERE a.transfersIn > 1000
    MATCH (a)<-[t:TRANSFER]-()
    SET t.intoHub = a.spoorId
  }
  SET a.transfersOutByAmount = CASE WHEN a.transfersOut > 1000 THEN true END,
      a.transfersInByAmount = CASE WHEN a.transfersIn > 1000 THEN true END
} IN TRANSACTIONS OF 1 ROW
RETURN i + 1 AS done, size(hubs) AS total;
