package nl.spoor.api.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A period bound for the consultation log: a day (UTC) or an instant. */
public final class AuditPeriod {

    private AuditPeriod() {
    }

    /** The start of a day yyyy-mm-dd, or an instant; null when not given. */
    public static Instant from(String name, String value) {
        return parse(name, value, false);
    }

    /** Exclusive end: the start of the day after a day yyyy-mm-dd (so the day is included), or an instant; null when not given. */
    public static Instant until(String name, String value) {
        return parse(name, value, true);
    }

    private static Instant parse(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " \"" + value + "\" is neither a day yyyy-mm-dd nor an instant like 2026-12-05T03:00:00Z");
        }
    }
}
