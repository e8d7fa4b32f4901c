package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.InvalidIdentifierException;

/** Reads the values of one line or entry, failing with the file, the place in it and the field. */
final class Fields {

    static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;
    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** Dutch exports: a decimal comma, no thousands separator, an optional sign. */
    private static final Pattern DUTCH_AMOUNT = Pattern.compile("[+-]?\\d{1,15}(,\\d{1,2})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private final Path file;
    private final String where;

    Fields(Path file, String where) {
        this.file = file;
        this.where = where;
    }

    StatementFormatException error(String field, String problem) {
        return new StatementFormatException(file, where, field, problem);
    }

    String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw error(field, "is empty");
        }
        return value.strip();
    }

    BigDecimal dutchAmount(String field, String value) {
        String text = required(field, value);
        if (!DUTCH_AMOUNT.matcher(text).matches()) {
            throw error(field, "'" + text + "' is not an amount (expected e.g. -1234,56)");
        }
        return new BigDecimal(text.replace(',', '.')).setScale(2);
    }

    BigDecimal decimal(String field, BigDecimal value) {
        if (value == null) {
            throw error(field, "is missing");
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    LocalDate date(String field, String value, DateTimeFormatter format) {
        String text = required(field, value);
        try {
            return LocalDate.parse(text, format);
        } catch (DateTimeParseException e) {
            throw error(field, "'" + text + "' is not a date");
        }
    }

    String currency(String field, String value) {
        String text = required(field, value).toUpperCase(Locale.ROOT);
        if (!CURRENCY.matcher(text).matches()) {
            throw error(field, "'" + text + "' is not a currency code");
        }
        return text;
    }

    Iban iban(String field, String value) {
        String text = required(field, value);
        try {
            return Iban.parse(text);
        } catch (InvalidIdentifierException e) {
            throw new StatementFormatException(file, where, field, e.getMessage(), e);
        }
    }

    /** A counter account, absent for cash and for bank charges. */
    String optionalIban(String field, String value) {
        return value == null || value.isBlank() ? null : iban(field, value).value();
    }
}
