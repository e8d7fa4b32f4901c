package nl.spoor.api.access;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a user does in the partnership (issue 6). The role decides which operations a user may run;
 * the purpose (a case, signal or HHKP the user belongs to) decides for what.
 */
public enum Role {
    /** Financial Intelligence Team specialist: unexplained wealth, seizures. */
    FIT,
    /** Thematisch Informatieplein Financieel analyst: money flows. */
    TIF,
    /** Detective. */
    RECHERCHEUR,
    /** RIEC or police analyst. */
    ANALIST,
    /** Privacy jurist or auditor: the consultation log, disclosures, data-subject reports; no investigation queries. */
    PRIVACYJURIST,
    /** Administrator: users, cases, retention. */
    BEHEERDER;

    /** The lower-case code used on the command line, in tokens and in OpenID Connect role claims. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this code (case-insensitive), or an error naming the valid codes. */
    public static Role of(String code) {
        for (Role r : values()) {
            if (r.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "'; one of "
                + String.join(", ", Arrays.stream(values()).map(Role::code).toList()));
    }
}
