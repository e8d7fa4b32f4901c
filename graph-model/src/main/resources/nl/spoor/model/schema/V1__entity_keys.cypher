// Every entity carries :Entity and a stable Spoor id derived from its strongest identifier
// (iban:…, kvk:…, kenteken:…, bsn:<keyed hash>, …), so the same identifier from two documents
// resolves to one node, also under concurrent writers.
CREATE CONSTRAINT entity_spoor_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.spoorId IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.sourceId IS UNIQUE;

// Normalised strong identifiers are unique within their kind.
CREATE CONSTRAINT bank_account_iban IF NOT EXISTS FOR (n:BankAccount) REQUIRE n.iban IS UNIQUE;
CREATE CONSTRAINT company_kvk IF NOT EXISTS FOR (n:Company) REQUIRE n.kvkNummer IS UNIQUE;
CREATE CONSTRAINT vehicle_kenteken IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.kenteken IS UNIQUE;
CREATE CONSTRAINT person_bsn_hash IF NOT EXISTS FOR (n:Person) REQUIRE n.bsnHash IS UNIQUE;
CREATE CONSTRAINT phone_e164 IF NOT EXISTS FOR (n:Phone) REQUIRE n.e164 IS UNIQUE;
CREATE CONSTRAINT email_address IF NOT EXISTS FOR (n:Email) REQUIRE n.address IS UNIQUE;
CREATE CONSTRAINT address_key IF NOT EXISTS FOR (n:Address) REQUIRE n.addressKey IS UNIQUE;
