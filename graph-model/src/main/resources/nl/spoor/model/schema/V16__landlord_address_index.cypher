// Tenancies by the address let (LANDLORD_OF.address, the let address's Spoor id): the landlord anchor of
// traffickingNetworks counts the tenancies of every address to find the few with many tenants. From this index the
// addresses come without reading a property of each tenancy (on large 301,653 tenancies: ~70 ms where the
// relationships' own properties took ~250 ms). No fill: an index is built from what is stored.
CREATE INDEX landlord_of_address IF NOT EXISTS FOR ()-[r:LANDLORD_OF]-() ON (r.address);
