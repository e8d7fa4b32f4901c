package nl.spoor.api.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query arguments read the same way by every query. */
public final class Arguments {

    /** The start of a period when none is given: every fact Spoor holds. */
    public static final LocalDate OPEN_FROM = LocalDate.of(1900, 1, 1);
    /** The end of a period when none is given. */
    public static final LocalDate OPEN_UNTIL = LocalDate.of(9999, 12, 31);

    private Arguments() {
    }

    /**
     * A date argument written yyyy-mm-dd, or {@code open} when it is not given.
     *
     * @throws IllegalArgumentException naming the argument, for a value that is no such date
     */
    public static LocalDate date(String name, String value, LocalDate open) {
        if (value == null || value.isBlank()) {
            return open;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " \"" + value + "\" is not a date yyyy-mm-dd");
        }
    }
}
