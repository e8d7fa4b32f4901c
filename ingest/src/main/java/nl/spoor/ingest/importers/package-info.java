/**
 * Structured importers: files whose layout says what each field means (bank statements, register
 * extracts, FtM JSON lines), read without text extraction and written as facts with their line or entry.
 * One subpackage per format family.
 */
package nl.spoor.ingest.importers;
