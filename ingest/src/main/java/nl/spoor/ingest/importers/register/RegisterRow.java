package nl.spoor.ingest.importers.register;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.DutchAddress;
import nl.spoor.model.identifiers.InvalidIdentifierException;
import nl.spoor.model.identifiers.Kenteken;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.identifiers.Postcode;
import nl.spoor.model.identifiers.Rsin;
import nl.spoor.model.identifiers.Vestigingsnummer;

/**
 * One data row of an extract: its cells by column name, read as the register writes them, each problem
 * naming file, line and column. Dates as registers write them ({@code 12-03-2024}, {@code 20240312},
 * {@code 2024-03-12}); amounts in Dutch notation ({@code € 38.000,00}, {@code 38000}).
 */
final class RegisterRow {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
    private static final Pattern AMOUNT = Pattern.compile("(?:€|EUR)?\\s*(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d{1,2}))?(?:,-)?");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d+(?:\\.\\d{1,2})?");
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:[,.]\\d{1,4})?)\\s*%?");
    private static final Pattern FRACTION = Pattern.compile("(\\d{1,6})\\s*/\\s*(\\d{1,6})");

    private final Path file;
    private final int line;
    private final Map<String, Integer> columns;
    private final List<String> cells;
    private final char delimiter;
    private final Set<String> masked;

    RegisterRow(Path file, int line, Map<String, Integer> columns, List<String> cells, char delimiter, Set<String> masked) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.cells = cells;
        this.delimiter = delimiter;
        this.masked = masked;
    }

    int line() {
        return line;
    }

    RegisterFormatException error(String column, String problem) {
        return new RegisterFormatException(file, line, column, problem);
    }

    /** The cell stripped, or null when it is empty or the header has no such (optional) column. */
    String text(String column) {
        Integer i = columns.get(RegisterFormat.normal(column));
        if (i == null) {
            return null;
        }
        String v = cells.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    String required(String column) {
        String v = text(column);
        if (v == null) {
            throw error(column, "is empty");
        }
        return v;
    }

    LocalDate date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(v, f);
            } catch (DateTimeParseException ignored) {
                // the next notation
            }
        }
        throw error(column, "'" + v + "' is not a date (dd-mm-jjjj, jjjjmmdd or jjjj-mm-dd)");
    }

    LocalDate requiredDate(String column) {
        required(column);
        return date(column);
    }

    /** A period's end may not lie before its start. */
    void ordered(String startColumn, LocalDate start, String endColumn, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw error(endColumn, end + " lies before " + startColumn + " " + start);
        }
    }

    /** Euros: {@code € 38.000,00}, {@code 38000}, {@code 38000.00}. */
    BigDecimal amount(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String compact = v.replace('\u00A0', ' ').strip();
        if (PLAIN_DECIMAL.matcher(compact).matches()) {
            return new BigDecimal(compact).setScale(2, RoundingMode.UNNECESSARY);
        }
        Matcher m = AMOUNT.matcher(compact);
        if (!m.matches()) {
            throw error(column, "'" + v + "' is not an amount in euros (e.g. 38.000,00)");
        }
        return new BigDecimal(m.group(1).replace(".", "") + "." + (m.group(2) == null ? "00" : m.group(2))).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A share as a percentage, more than 0 and at most 100: {@code 100}, {@code 33,33}, {@code 50%}, or a fraction {@code 1/2}. */
    double percentage(String column) {
        String v = required(column);
        BigDecimal percent;
        Matcher fraction = FRACTION.matcher(v);
        Matcher plain = PERCENT.matcher(v);
        if (fraction.matches()) {
            BigDecimal denominator = new BigDecimal(fraction.group(2));
            if (denominator.signum() == 0) {
                throw error(column, "'" + v + "' divides by zero");
            }
            percent = new BigDecimal(fraction.group(1)).multiply(BigDecimal.valueOf(100)).divide(denominator, 4, RoundingMode.HALF_UP);
        } else if (plain.matches()) {
            percent = new BigDecimal(plain.group(1).replace(',', '.'));
        } else {
            throw error(column, "'" + v + "' is not a percentage (e.g. 33,33) or a fraction (e.g. 1/2)");
        }
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw error(column, "'" + v + "' is out of range: a share is more than 0 and at most 100 %");
        }
        return percent.stripTrailingZeros().doubleValue();
    }

    Bsn bsn(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            return Bsn.parse(v);
        } catch (InvalidIdentifierException e) {
            // The exception's message masks the digits: a mistyped BSN is still personal data.
            throw new RegisterFormatException(file, line, column, e.getMessage(), e);
        }
    }

    KvkNummer kvk(String column) {
        String v = text(column);
        return v == null ? null : identifier(column, () -> KvkNummer.parse(v));
    }

    Rsin rsin(String column) {
        String v = text(column);
        return v == null ? null : identifier(column, () -> Rsin.parse(v));
    }

    Vestigingsnummer vestigingsnummer(String column) {
        String v = text(column);
        return v == null ? null : identifier(column, () -> Vestigingsnummer.parse(v));
    }

    Kenteken kenteken(String column) {
        String v = required(column);
        return identifier(column, () -> Kenteken.parse(v));
    }

    /** Postcode, house number and the optional suffix column as one address. */
    DutchAddress address(String postcodeColumn, String numberColumn, String suffixColumn) {
        String pc = required(postcodeColumn);
        Postcode postcode = identifier(postcodeColumn, () -> Postcode.parse(pc));
        String number = required(numberColumn);
        if (!number.matches("\\d{1,5}")) {
            throw error(numberColumn, "'" + number + "' is not a house number (1-99999; a letter or toevoeging goes in "
                    + suffixColumn + ")");
        }
        String suffix = text(suffixColumn);
        return identifier(suffixColumn, () -> DutchAddress.of(postcode, Integer.parseInt(number), suffix));
    }

    private <T> T identifier(String column, java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidIdentifierException e) {
            throw new RegisterFormatException(file, line, column, e.getMessage(), e);
        }
    }

    /** The row as written, joined again, with BSN cells masked: what an analyst sees as evidence. */
    String snippet() {
        List<String> shown = new ArrayList<>(cells);
        for (String column : masked) {
            Integer i = columns.get(RegisterFormat.normal(column));
            if (i != null && !shown.get(i).isBlank()) {
                shown.set(i, "*********");
            }
        }
        String s = String.join(String.valueOf(delimiter), shown);
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
