// The firms of a sector: SBI code or prefix (index company_sbi), optionally registered in one municipality (CBS code,
// municipality or place name) and active in the period, or ended at most phoenixWindowDays before it (a predecessor).
// Written with visibility marks (View.cypher): code, dates, permit, name and registrations as the usable sources state
// them, so a firm is of the sector only if a usable source says so. For a view of every source the marks are the
// stored properties and `true` (the index seek stays); for a restricted one the SBI filter reads every Company.
MATCH (f:Company)
WHERE {{asserted f.sbiCode}} STARTS WITH $sbi
  AND ($until IS NULL OR {{asserted f.startDate}} IS NULL OR {{asserted f.startDate}} <= $until)
  AND ($since IS NULL OR {{asserted f.endDate}} IS NULL OR {{asserted f.endDate}} >= $since - duration({days: $phoenixWindowDays}))
  AND ($municipality IS NULL OR EXISTS {
        (f)-[m:REGISTERED_AT]->(a:Address)
        WHERE {{visible m}} AND {{visibleNode a}}
          AND ({{asserted a.municipalityCode}} = $municipality OR toLower({{asserted a.municipality}}) = toLower($municipality)
           OR toLower({{asserted a.place}}) = toLower($municipality)) })
RETURN f.spoorId AS id, coalesce({{asserted f.name}}, {{asserted f.kvkNummer}}, f.spoorId) AS name, {{asserted f.sbiCode}} AS sbiCode,
       {{asserted f.startDate}} AS startDate, {{asserted f.endDate}} AS endDate, {{asserted f.permit}} AS permit,
       [(f)-[r:REGISTERED_AT]->(a:Address) WHERE {{visible r}} AND {{visibleNode a}}
          | {address: a.spoorId, municipalityCode: {{asserted a.municipalityCode}}, via: elementId(r)}] AS registrations
ORDER BY id
LIMIT $cap
