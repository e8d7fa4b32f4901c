/** Extraction pipeline and importers: documents, bank statements and registers into the graph. */
package nl.spoor.ingest;
