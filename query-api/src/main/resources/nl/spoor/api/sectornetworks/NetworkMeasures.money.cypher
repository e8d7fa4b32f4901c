// Per network: the wages its firms' accounts paid to its workers' accounts in the period, and what went on from those
// accounts to accounts a member holds within forwardWindowDays after the wage (a forward may follow two wages: the
// caller counts each forward once).
// Only transfers and account holdings on a usable source, between accounts a usable source asserts (View.cypher marks).
UNWIND $networks AS net
CALL (net) {
  UNWIND net.firms AS fid
  MATCH (f:Entity {spoorId: fid})
  MATCH (f)-[fh:HOLDS_ACCOUNT]->(fa:BankAccount)-[s:TRANSFER]->(wa:BankAccount)<-[wh:HOLDS_ACCOUNT]-(w:Person)
  WHERE w.spoorId IN net.workers AND ($since IS NULL OR s.date >= $since) AND ($until IS NULL OR s.date <= $until)
    AND {{visible fh}} AND {{visibleNode fa}} AND {{visible s}} AND {{visibleNode wa}} AND {{visible wh}}
  WITH DISTINCT s, wa
  OPTIONAL MATCH (wa)-[fw:TRANSFER]->(ma:BankAccount)<-[mh:HOLDS_ACCOUNT]-(m:Entity)
  WHERE fw.date >= s.date AND fw.date <= s.date + duration({days: $forwardWindowDays}) AND m.spoorId IN net.members
    AND {{visible fw}} AND {{visibleNode ma}} AND {{visible mh}}
  WITH s, fw, min(m.spoorId) AS member
  WITH collect(DISTINCT {id: elementId(s), amount: s.amount}) AS wages,
       collect(CASE WHEN fw IS NOT NULL THEN {id: elementId(fw), amount: fw.amount, member: member, wage: elementId(s),
                                              days: duration.inDays(s.date, fw.date).days} END) AS forwards
  RETURN reduce(t = 0.0, x IN wages | t + x.amount) AS wagesPaid, size(wages) AS wageCount, forwards
}
RETURN net.id AS id, wagesPaid, wageCount, forwards
