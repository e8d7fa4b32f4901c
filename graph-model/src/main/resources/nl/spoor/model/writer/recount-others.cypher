// The amounts paid in by others (schema V15) of the accounts whose own money changed when the holdings, employments or
// benefits of the entities with Spoor ids $holders were deleted outside the GraphWriter (the retention purge), and of
// the accounts of whom the entities with ids $payers employ or pay benefits: their money paid in by others can only
// have grown. Returns how many entities were found (found).
WITH COLLECT { UNWIND $holders AS id MATCH (h:Entity {spoorId: id}) RETURN h } AS holders,
     COLLECT { UNWIND $payers AS id MATCH (e:Entity {spoorId: id}) RETURN e } AS payers
CALL (holders, payers) {
  {{OTHERS_OF}}
}
RETURN size(holders) + size(payers) AS found
