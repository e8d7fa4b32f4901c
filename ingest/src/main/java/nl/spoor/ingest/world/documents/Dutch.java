package nl.spoor.ingest.world.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.spoor.model.identifiers.Iban;
import nl.spoor.model.identifiers.Kenteken;

/** Dutch notation for dates, amounts and identifiers as documents print them. */
final class Dutch {

    private static final Locale NL = Locale.of("nl", "NL");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd-MM-yyyy", Locale.ROOT);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", NL);

    private Dutch() {
    }

    /** {@code 12 maart 2024} */
    static String date(LocalDate date) {
        return LONG.format(date);
    }

    /** {@code 12-03-2024} */
    static String numeric(LocalDate date) {
        return NUMERIC.format(date);
    }

    /** {@code maart 2024} */
    static String month(LocalDate date) {
        return MONTH.format(date);
    }

    /** {@code 9.850,00} */
    static String amount(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    /** {@code € 9.850,00} */
    static String euro(BigDecimal amount) {
        return "€ " + amount(amount);
    }

    /** {@code 9850,00}: bank exports have no thousands separator. */
    static String plainAmount(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    /** {@code NL91 ABNA 0417 1643 00} */
    static String iban(String compact) {
        return Iban.parse(compact).formatted();
    }

    /** {@code XX-999-X} */
    static String kenteken(String compact) {
        return Kenteken.parse(compact).formatted();
    }
}
