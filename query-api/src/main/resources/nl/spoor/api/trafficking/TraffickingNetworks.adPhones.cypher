CYPHER 25
// The phones that carry ads and who uses them (persons and firms), read once for all the networks of a query: the
// network read takes each network's ad phones from this ($adPhones, user → phones). On large most persons have a
// phone, and expanding every member's phones in every network was a seventh of the network read; the ads are few.
// Only relationships on a usable source to entities a usable source asserts (View.cypher marks).
MATCH (ad:Ad)-[ua:USES_PHONE]->(ph:Phone)
WHERE {{visible ua}} AND {{visibleNode ad}} AND {{visibleNode ph}}
WITH DISTINCT ph
MATCH (ph)<-[up:USES_PHONE]-(user)
WHERE (user:Person OR user:Company) AND {{visible up}}
RETURN user.spoorId AS user, collect(DISTINCT ph.spoorId) AS phones
