// What may tie each firm to others, with the relationships that show it (via): its controllers (directors and
// owners), their relatives (FAMILY_OF, one step), other holders of its accounts, its registered addresses, phones
// and accounts, and its KvK successions (link 'succession:<predecessor>><successor>').
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks); a director known
// only to another partner neither links firms nor keeps a co-holder from counting.
UNWIND $firms AS fid
MATCH (f:Entity {spoorId: fid})
CALL (f) {
  MATCH (c:Entity)-[r:DIRECTOR_OF|OWNS]->(f)
  WHERE {{visible r}} AND {{visibleNode c}}
  WITH c, r ORDER BY type(r)
  WITH c, collect(elementId(r)) AS via
  RETURN 'controller' AS kind, c.spoorId AS link, c.spoorId AS person, via
  UNION ALL
  MATCH (c:Person)-[r:DIRECTOR_OF|OWNS]->(f)
  WHERE {{visible r}} AND {{visibleNode c}}
  MATCH (c)-[k:FAMILY_OF]-(relative:Person)
  WHERE {{visible k}} AND {{visibleNode relative}}
  RETURN 'relative' AS kind, relative.spoorId AS link, c.spoorId AS person, [elementId(r), elementId(k)] AS via
  UNION ALL
  MATCH (f)-[r:HOLDS_ACCOUNT]->(b:BankAccount)<-[h:HOLDS_ACCOUNT]-(o:Entity)
  WHERE o <> f AND {{visible r}} AND {{visibleNode b}} AND {{visible h}} AND {{visibleNode o}}
    AND NOT EXISTS { (o)-[x:DIRECTOR_OF|OWNS]->(f) WHERE {{visible x}} }
  RETURN 'coHolder' AS kind, o.spoorId AS link, o.spoorId AS person, [elementId(r), elementId(h)] AS via
  UNION ALL
  MATCH (f)-[r:REGISTERED_AT]->(a:Address)
  WHERE {{visible r}} AND {{visibleNode a}}
  RETURN 'address' AS kind, a.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (f)-[r:USES_PHONE]->(p:Phone)
  WHERE {{visible r}} AND {{visibleNode p}}
  RETURN 'phone' AS kind, p.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (f)-[r:HOLDS_ACCOUNT]->(b:BankAccount)
  WHERE {{visible r}} AND {{visibleNode b}}
  RETURN 'account' AS kind, b.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (f)-[r:SUCCEEDED_BY]->(s:Company)
  WHERE {{visible r}} AND {{visibleNode s}}
  RETURN 'succession' AS kind, 'succession:' + f.spoorId + '>' + s.spoorId AS link, null AS person, [elementId(r)] AS via
  UNION ALL
  MATCH (p:Company)-[r:SUCCEEDED_BY]->(f)
  WHERE {{visible r}} AND {{visibleNode p}}
  RETURN 'succession' AS kind, 'succession:' + p.spoorId + '>' + f.spoorId AS link, null AS person, [elementId(r)] AS via
}
RETURN fid AS firm, kind, link, person, via
