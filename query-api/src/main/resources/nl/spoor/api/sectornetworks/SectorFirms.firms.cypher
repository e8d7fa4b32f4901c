// The firms of a sector: SBI code or prefix (index company_sbi), optionally registered in one municipality (CBS code,
// municipality or place name) and active in the period, or ended at most phoenixWindowDays before it (a predecessor).
MATCH (f:Company)
WHERE f.sbiCode STARTS WITH $sbi
  AND ($until IS NULL OR f.startDate IS NULL OR f.startDate <= $until)
  AND ($since IS NULL OR f.endDate IS NULL OR f.endDate >= $since - duration({days: $phoenixWindowDays}))
  AND ($municipality IS NULL OR EXISTS {
        (f)-[:REGISTERED_AT]->(a:Address)
        WHERE a.municipalityCode = $municipality OR toLower(a.municipality) = toLower($municipality)
           OR toLower(a.place) = toLower($municipality) })
RETURN f.spoorId AS id, coalesce(f.name, f.kvkNummer, f.spoorId) AS name, f.sbiCode AS sbiCode,
       f.startDate AS startDate, f.endDate AS endDate, f.permit AS permit,
       [(f)-[r:REGISTERED_AT]->(a:Address) | {address: a.spoorId, municipalityCode: a.municipalityCode, via: elementId(r)}] AS registrations
ORDER BY id
LIMIT $cap
