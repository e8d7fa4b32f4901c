package nl.spoor.api.disclosure;

import java.time.Instant;
import java.util.List;

/**
 * One entry of the disclosure register (<i>verstrekkingenregister</i>, DESIGN §6): who gave what to whom,
 * when, for which purpose and under which legal basis. Stored as a {@code :Disclosure} node (no
 * {@code :Entity}: it is about the graph, not in it) before the export file is released.
 *
 * @param disclosureId  {@code disclosure:<sha-256 of the file>:<time>}
 * @param at            when
 * @param by            the user who exported
 * @param organisation  that user's organisation
 * @param recipient     the partner organisation receiving it
 * @param purpose       the purpose (case, signal or HHKP id) it is given for
 * @param legalBasis    the legal basis of the disclosure
 * @param format        FTM, GRAPHML, CSV or I2
 * @param scope         the scope in words (whole graph, case C, n entities with k hops)
 * @param entityIds     the Spoor ids of every entity in the file
 * @param sourceIds     the sources whose facts are in the file
 * @param relationships how many relationships
 * @param fileName      the file's name
 * @param bytes         its size
 * @param sha256        its SHA-256, hex
 */
public record Disclosure(String disclosureId, Instant at, String by, String organisation, String recipient, String purpose,
                         String legalBasis, ExportFormat format, String scope, List<String> entityIds, List<String> sourceIds,
                         long relationships, String fileName, long bytes, String sha256) {

    public int entities() {
        return entityIds.size();
    }
}
