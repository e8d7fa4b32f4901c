package nl.spoor.api.access;

import java.util.Objects;
import java.util.Set;

/**
 * Why a request is made (DESIGN §6, WGS purpose binding): the case, signal or HHKP the asking user
 * belongs to, and the legal basis under which it is processed.
 *
 * @param id         the purpose's id, as sent in the {@value AccessContext#PURPOSE_HEADER} header (e.g. {@code CASE-2025-014})
 * @param kind       case, signal or HHKP
 * @param title      a short human title
 * @param legalBasis e.g. {@code WGS art. 2.3} or {@code Wpg art. 8}
 * @param partners   the partner organisations whose sources may be used for this purpose (source partitioning,
 *                   DESIGN §6); a source delivered for this very purpose ({@code Source.caseId}) is usable too
 */
public record Purpose(String id, Kind kind, String title, String legalBasis, Set<String> partners) {

    public enum Kind { CASE, SIGNAL, HHKP }

    public Purpose {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(legalBasis, "legalBasis");
        partners = Set.copyOf(partners);
    }
}
