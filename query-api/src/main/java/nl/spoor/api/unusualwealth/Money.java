package nl.spoor.api.unusualwealth;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts and figures as the explanations write them: "€903,000", "€16,176.50", "55.82". */
final class Money {

    private Money() {
    }

    static String euros(double amount) {
        boolean whole = Math.abs(amount - Math.rint(amount)) < 0.005;
        return "€" + new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(amount);
    }

    /** At most two decimals, none when whole. */
    static String number(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    /** Rounded to two decimals, as indicator values are reported. */
    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
