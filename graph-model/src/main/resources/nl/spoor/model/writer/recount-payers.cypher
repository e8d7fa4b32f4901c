// The payer counts (schema V13) of every account paid by the accounts with Spoor ids $ids (other entities are left
// alone): run in the transaction that deleted their holdings outside the GraphWriter (the retention purge), so that a
// count is not left above its payers. Returns how many of the ids are accounts (held).
UNWIND $ids AS id
MATCH (h:Entity {spoorId: id}) WHERE h:BankAccount
WITH collect(DISTINCT h) AS held
CALL (held) {
  {{PAYERS_OF_HELD}}
}
RETURN size(held) AS held
