// The counterparty counts of schema V12 and the payer counts of V13 for the accounts n of the rows, their transfer counts
// already in place: count-transfers.cypher, recount-transfers.cypher and payers-of-held.cypher put this in place of their
// {{COUNT_COUNTERPARTIES}} line (TransferCounts.withCounterpartyCounts). The same rules as V12's and V13's fills, which are
// migrations and so stay as written. payersIn: the distinct persons holding those counterparties that paid in (the
// sending accounts made distinct before their holders are looked up).
WITH n, n.transfersIn + n.transfersOut <= 2000 AS kept
SET n.sendersIn = CASE WHEN kept THEN size(COLLECT { MATCH (n)<-[:TRANSFER]-(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                    RETURN DISTINCT o }) END,
    n.receiversOut = CASE WHEN kept THEN size(COLLECT { MATCH (n)-[:TRANSFER]->(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                       RETURN DISTINCT o }) END,
    n.payersIn = CASE WHEN kept THEN size(COLLECT { MATCH (n)<-[:TRANSFER]-(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                    WITH DISTINCT o
                                                    MATCH (o)<-[:HOLDS_ACCOUNT]-(p:Person)
                                                    RETURN DISTINCT p }) END
