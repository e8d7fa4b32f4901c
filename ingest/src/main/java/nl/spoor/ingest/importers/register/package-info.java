/**
 * Register extracts (KvK Handelsregister, RDW kentekenregister, BRP, Kadaster/WOZ) into persons, companies,
 * addresses, vehicles and real estate with their relationships, every fact with its line.
 * Entry point: {@link nl.spoor.ingest.importers.register.RegisterImporter}; layouts in {@code ingest/register-formats.md}.
 */
package nl.spoor.ingest.importers.register;
