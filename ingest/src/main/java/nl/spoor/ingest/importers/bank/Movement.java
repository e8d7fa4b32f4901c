package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One booked movement on a statement.
 *
 * @param date        booking date
 * @param amount      signed: positive is credit (bij), negative debit (af)
 * @param currency    ISO 4217 code
 * @param kind        transfer or cash
 * @param counterIban the other account, normalised; null for cash and where the bank does not show it
 * @param counterName the other party as the bank names it; for cash the place where the bank names one; or null
 * @param description the remittance text
 * @param reference   the bank's transaction reference (end-to-end id, kenmerk); null where the layout has none
 * @param locator     where in the file: {@code line:17} or {@code entry:3}
 * @param snippet     the movement as written, for the analyst
 */
public record Movement(LocalDate date, BigDecimal amount, String currency, Kind kind, String counterIban,
                       String counterName, String description, String reference, String locator, String snippet) {

    public enum Kind {
        TRANSFER, CASH_DEPOSIT, CASH_WITHDRAWAL
    }

    public Movement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locator, "locator");
        counterName = blankToNull(counterName);
        description = description == null ? "" : description.strip();
        reference = blankToNull(reference);
    }

    public boolean credit() {
        return amount.signum() >= 0;
    }

    /** Cash as the sign says when the layout only marks "cash" (an ATM code used both ways). */
    static Kind cash(BigDecimal amount) {
        return amount.signum() >= 0 ? Kind.CASH_DEPOSIT : Kind.CASH_WITHDRAWAL;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
