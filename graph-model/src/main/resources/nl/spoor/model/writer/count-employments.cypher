// EMPLOYED_BY and RECEIVES_BENEFIT statements only: GraphWriter puts this in place of write-relationships.cypher's last
// line (RETURN count(*) AS written). The employee's or recipient's accounts get their amounts paid in by others (schema
// V15) counted again: the employer's or payer's accounts are their own money now.
WITH count(*) AS written, collect(DISTINCT startNode(r)) AS holders
CALL (holders) {
  WITH holders, [] AS payers
  {{OTHERS_OF}}
}
RETURN written
