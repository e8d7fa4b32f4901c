// The naive formulation the benchmark compares with: every variable-length path of up to $maxHops
// TRANSFERs is expanded first, and the time window and fraction are checked on the whole path afterwards.
MATCH (start:Entity) WHERE start.spoorId IN $accounts AND start:BankAccount
MATCH p = (start)-[t:TRANSFER*1..3]->(:BankAccount)
WHERE all(i IN range(1, size(t) - 1) WHERE t[i].date >= t[i - 1].date
          AND t[i].date <= t[i - 1].date + duration({days: $windowDays})
          AND t[i].amount >= $minFraction * t[i - 1].amount)
RETURN count(p) AS paths
