// Acquisitions by date, for unusualWealth's anchors (UnusualWealth.candidates.cypher): real estate bought in the
// period or paid in cash, vehicles registered in the period, without a scan of every OWNS_PROPERTY and
// REGISTERED_OWNER relationship (on the large world 430,000 and 240,000 of them).
CREATE INDEX owns_property_from IF NOT EXISTS FOR ()-[r:OWNS_PROPERTY]-() ON (r.from);
CREATE INDEX owns_property_paid_in_cash IF NOT EXISTS FOR ()-[r:OWNS_PROPERTY]-() ON (r.paidInCash);
CREATE INDEX registered_owner_from IF NOT EXISTS FOR ()-[r:REGISTERED_OWNER]-() ON (r.from);
