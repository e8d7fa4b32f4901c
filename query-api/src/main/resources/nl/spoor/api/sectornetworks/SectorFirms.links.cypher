// What may tie each firm to others, with the relationships that show it (via): its controllers (directors and
// owners), their relatives (FAMILY_OF, one step), other holders of its accounts, its registered addresses, phones
// and accounts, and its KvK successions (link 'succession:<predecessor>><successor>').
UNWIND $firms AS fid
MATCH (f:Entity {spoorId: fid})
CALL (f) {
  MATCH (c:Entity)-[r:DIRECTOR_OF|OWNS]->(f)
  WITH c, r ORDER BY type(r)
  WITH c, collect(elementId(r)) AS via
  RETURN 'controller' AS kind, c.spoorId AS link, c.spoorId AS person, via
  UNION ALL
  MATCH (c:Person)-[r:DIRECTOR_OF|OWNS]->(f)
  MATCH (c)-[k:FAMILY_OF]-(relative:Person)
  RETURN 'relative' AS kind, relative.spoorId AS link, c.spoorId AS person, [elementId(r), elementId(k)] AS via
  UNION ALL
  MATCH (f)-[r:HOLDS_ACCOUNT]->(b:BankAccount)<-[h:HOLDS_ACCOUNT]-(o:Entity)
  WHERE o <> f AND NOT EXISTS { (o)-[:DIRECTOR_OF|OWNS]->(f) }
  RETURN 'coHolder' AS kind, o.spoorId AS link, o.spoorId AS person, [elementId(r), elementId(h)] AS via
  UNION ALL
  MATCH (f)-[r:REGISTERED_AT]->(a:Address)
  RETURN 'address' AS kind, a.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (f)-[r:USES_PHONE]->(p:Phone)
  RETURN 'phone' AS kind, p.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (f)-[r:HOLDS_ACCOUNT]->(b:BankAccount)
  RETURN 'account' AS kind, b.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (f)-[r:SUCCEEDED_BY]->(s:Company)
  RETURN 'succession' AS kind, 'succession:' + f.spoorId + '>' + s.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (p:Company)-[r:SUCCEEDED_BY]->(f)
  RETURN 'succession' AS kind, 'succession:' + p.spoorId + '>' + f.spoorId AS link, null AS person, [elementId(r)] AS via
}
RETURN fid AS firm, kind, link, person, via
