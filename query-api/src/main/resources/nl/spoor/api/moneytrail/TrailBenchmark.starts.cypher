// Start accounts for the benchmark: the $busiest accounts with the most outgoing transfers, and a
// sample of the others (every $step-th account by Spoor id).
CALL () {
  MATCH (a:BankAccount)
  RETURN a.spoorId AS id, COUNT { (a)-[:TRANSFER]->() } AS out ORDER BY out DESC, id LIMIT $busiest
}
RETURN collect(id) AS busiest, COLLECT { MATCH (a:BankAccount) WITH a ORDER BY a.spoorId
  WITH collect(a.spoorId) AS ids UNWIND range(0, size(ids) - 1, $step) AS i RETURN ids[i] } AS sample
