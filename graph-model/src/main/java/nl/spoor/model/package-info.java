/** Spoor's graph model: identifiers, provenance, schema, store and graph writer. */
package nl.spoor.model;
