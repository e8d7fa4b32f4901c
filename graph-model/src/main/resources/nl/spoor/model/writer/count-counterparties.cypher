// The counterparty counts of schema V12, the payer counts of V13 and the amounts paid in by others of V15 for the
// accounts n of the rows, their transfer counts already in place: count-transfers.cypher, recount-transfers.cypher,
// payers-of-held.cypher and others-of.cypher put this in place of their {{COUNT_COUNTERPARTIES}} line
// (TransferCounts.withCounterpartyCounts). The same rules as the migrations' fills, which stay as written. payersIn:
// the distinct persons holding those counterparties that paid in (the sending accounts made distinct before their
// holders are looked up). othersIn: what transfers and cash deposits brought in from others than the account's own
// money, as the pass-through detector counts it (PassThroughDetector.cypher): not from an account of one of its
// holders, nor of their employers or benefit payers; rounded to cents, so that the same amounts added in another order
// give the same total.
WITH n, n.transfersIn + n.transfersOut <= 2000 AS kept
SET n.sendersIn = CASE WHEN kept THEN size(COLLECT { MATCH (n)<-[:TRANSFER]-(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                    RETURN DISTINCT o }) END,
    n.receiversOut = CASE WHEN kept THEN size(COLLECT { MATCH (n)-[:TRANSFER]->(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                       RETURN DISTINCT o }) END,
    n.payersIn = CASE WHEN kept THEN size(COLLECT { MATCH (n)<-[:TRANSFER]-(o) WHERE o <> n AND o.transfersIn + o.transfersOut <= 2000
                                                    WITH DISTINCT o
                                                    MATCH (o)<-[:HOLDS_ACCOUNT]-(p:Person)
                                                    RETURN DISTINCT p }) END,
    n.othersIn = CASE WHEN kept THEN round(reduce(total = 0.0, amount IN COLLECT {
                   WITH COLLECT { MATCH (h)-[:HOLDS_ACCOUNT]->(n) MATCH (h)-[:HOLDS_ACCOUNT]->(a) RETURN a }
                        + COLLECT { MATCH (h)-[:HOLDS_ACCOUNT]->(n) MATCH (h)-[:EMPLOYED_BY|RECEIVES_BENEFIT]->()-[:HOLDS_ACCOUNT]->(a) RETURN a } AS own
                   MATCH (n)<-[i:TRANSFER|CASH_DEPOSIT]-(s) WHERE NOT s IN own
                   RETURN i.amount } | total + coalesce(amount, 0.0)), 2) END
