// The sources received for a case: a detector scoped to a case counts only the transfers they assert.
MATCH (s:Source) WHERE s.caseId = $caseId
RETURN collect(s.sourceId) AS sources
