CYPHER 25
// Structuring (DESIGN §5): cash deposits just below the reporting threshold, gathered per holder of the
// accounts they went into. Starts from the CASH_DEPOSITs in the band (few), never from all accounts.
// Only facts of the view's usable sources count ({{visible …}}, {{asserted …}}: View.cypher).
MATCH (place)-[d:CASH_DEPOSIT]->(a:BankAccount)
WHERE d.amount >= $bandFrom AND d.amount < $threshold AND d.date >= $since AND d.date <= $until
  AND ($accounts IS NULL OR a.spoorId IN $accounts) AND {{visible d}}
OPTIONAL MATCH (h)-[ho:HOLDS_ACCOUNT]->(a) WHERE {{visible ho}}
WITH coalesce(h, a) AS holder, d, a, place
WITH holder, collect({id: elementId(d), account: a.spoorId, date: d.date, amount: d.amount,
                      place: coalesce({{asserted place.name}}, place.spoorId)}) AS band
WHERE size(band) >= $minDeposits
// Every cash deposit into the holder's accounts in the period, to see what share of them lies in the band.
CALL (holder) {
  MATCH (holder)-[ho:HOLDS_ACCOUNT]->(:BankAccount)<-[c:CASH_DEPOSIT]-()
  WHERE c.date >= $since AND c.date <= $until AND {{visible ho}} AND {{visible c}}
  RETURN collect({date: c.date, amount: c.amount}) AS deposits
}
CALL (holder) {
  OPTIONAL MATCH (holder)-[i:DECLARED_INCOME]->() WHERE {{visible i}}
  WITH i ORDER BY i.year DESC LIMIT 1
  RETURN i.amount AS income, i.year AS incomeYear, CASE WHEN i IS NULL THEN null ELSE elementId(i) END AS incomeId
}
RETURN holder.spoorId AS spoorId,
       COLLECT { MATCH (holder)-[ha:HOLDS_ACCOUNT]->(acc:BankAccount) WHERE {{visible ha}} RETURN {account: acc.spoorId, id: elementId(ha)} AS held } AS holdings,
       [l IN labels(holder) WHERE l <> 'Entity'][0] AS kind,
       coalesce({{asserted holder.name}}, {{asserted holder.iban}}, holder.spoorId) AS caption,
       band, CASE WHEN size(deposits) = 0 THEN band ELSE deposits END AS deposits, income, incomeYear, incomeId
