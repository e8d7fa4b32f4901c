// The counterparty counts of schema V12 for the accounts n of the rows, their transfer counts already in place:
// count-transfers.cypher and recount-transfers.cypher put this in place of their {{COUNT_COUNTERPARTIES}} line
// (TransferCounts.withCounterpartyCounts). The same rule as V12's fill, which is a migration and so stays as written.
WITH n, n.transfersIn + n.transfersOut <= 2000 AS kept
SET n.sendersIn = CASE WHEN kept THEN size(COLLECT { MATCH (n)<-[:TRANSFER]-(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                    RETURN DISTINCT o }) END,
    n.receiversOut = CASE WHEN kept THEN size(COLLECT { MATCH (n)-[:TRANSFER]->(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                       RETURN DISTINCT o }) END
