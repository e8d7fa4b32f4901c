/**
 * Bank statements (ING CSV, Rabobank CSV, ABN AMRO TXT, MT940, camt.053) into accounts, transfers and
 * cash movements. Entry point: {@link nl.spoor.ingest.importers.bank.BankStatementImporter}.
 */
package nl.spoor.ingest.importers.bank;
