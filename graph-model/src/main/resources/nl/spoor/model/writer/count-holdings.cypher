// HOLDS_ACCOUNT statements only: GraphWriter puts this in place of write-relationships.cypher's last line
// (RETURN count(*) AS written). Every account paid by an account of the chunk's holdings gets its payer count
// (schema V13, payersIn) counted again: a new holder of the paying account may be a new payer. And the holders' accounts,
// and those of the persons they employ or pay benefits, their amounts paid in by others (V15): the new account is their
// own money now.
WITH count(*) AS written, collect(DISTINCT endNode(r)) AS held, collect(DISTINCT startNode(r)) AS holders
CALL (held) {
  {{PAYERS_OF_HELD}}
}
CALL (holders) {
  WITH holders, holders AS payers
  {{OTHERS_OF}}
}
RETURN written
