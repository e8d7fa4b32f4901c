// No index on a transfer's key (V2 made one). Only the GraphWriter's MERGE of a transfer could use it, and its plan
// depended on the statistics when it was first made: a seek of the key index, or a scan of it with the key filtered
// afterwards, instead of Expand(Into) between the transfer's two ends. Within a transaction that has written thousands of
// transfers, every read of a relationship index also reads each transfer the transaction wrote (Neo4j's transaction
// state), so one 10,000-transfer chunk into one busy account took 25-66 s, and minutes in all (2026-12-07). Without the
// index the MERGE always looks between the two ends, which costs the smaller end's transfers.
DROP INDEX transfer_key IF EXISTS;
