package nl.spoor.ingest.world;

import java.math.BigDecimal;

/** Amounts are kept as whole cents ({@code long}) while generating and written as euros with two decimals. */
public final class Money {

    private Money() {
    }

    /** {@code 985000} → {@code "9850.00"}. */
    public static String format(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    public static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    public static long cents(long euros) {
        return euros * 100;
    }
}
