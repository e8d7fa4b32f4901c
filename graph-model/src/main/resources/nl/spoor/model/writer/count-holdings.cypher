// HOLDS_ACCOUNT statements only: GraphWriter puts this in place of write-relationships.cypher's last line
// (RETURN count(*) AS written). Every account paid by an account of the chunk's holdings gets its payer count
// (schema V13, payersIn) counted again: a new holder of the paying account may be a new payer.
WITH count(*) AS written, collect(DISTINCT endNode(r)) AS held
CALL (held) {
  {{PAYERS_OF_HELD}}
}
RETURN written
