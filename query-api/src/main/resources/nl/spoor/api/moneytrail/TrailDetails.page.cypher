// Appended to every trail search (TrailSearch): the accounts of the page's hops, the start and target
// accounts and the hubs, each with its holders, and the sources the page's hops cite, read in the search's
// own query instead of a query of their own (one round trip less per moneyTrail, README *Measured*).
// `starts`: the start accounts (null: the entity to start from is not one Spoor holds or the request may see).
// The ids are gathered with list functions, not UNWIND over the page: rows that carry a page of thousands of
// trails (TrailEnginesAgreeTest asks for all of them) count against the transaction memory limit each.
WITH starts, total, truncated, hubs, page,
     coll.distinct(coalesce(starts, []) + $targets + [h IN hubs | h.account]
                   + coll.flatten([trail IN page | [hop IN trail.hops | [hop.from, hop.to]]], 2)) AS accountIds,
     coll.distinct(coll.flatten([trail IN page | [hop IN trail.hops | hop.sourceIds]], 2)) AS sourceIds
RETURN starts, total, truncated, hubs, page,
       COLLECT { UNWIND accountIds AS id
                 MATCH (a:Entity {spoorId: id}) WHERE a:BankAccount
                 RETURN {spoorId: a.spoorId, iban: a.iban, caption: coalesce(a.iban, a.name, a.spoorId),
                         holders: COLLECT { MATCH (h:Entity)-[:HOLDS_ACCOUNT]->(a)
                                            RETURN {spoorId: h.spoorId, kind: [l IN labels(h) WHERE l <> 'Entity'][0],
                                                    caption: coalesce(h.name, h.kvkNummer, h.spoorId)} AS holder
                                            ORDER BY holder.spoorId }} } AS accounts,
       COLLECT { MATCH (s:Source) WHERE s.sourceId IN sourceIds RETURN properties(s) } AS sources
