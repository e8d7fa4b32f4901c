// Addresses by type (hotel, airbnb, woning, …): traffickingNetworks reads every stay at a hotel or an Airbnb once per
// query (TraffickingNetworks.stays.cypher), which without an index was a scan of every address (484,442 on large,
// ~200 ms) for a few hundred. No fill: an index is built from what is stored.
CREATE INDEX address_type IF NOT EXISTS FOR (n:Address) ON (n.addressType);
