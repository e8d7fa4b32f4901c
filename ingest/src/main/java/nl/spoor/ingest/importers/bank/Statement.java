package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import nl.spoor.model.identifiers.Iban;

/**
 * A bank statement independent of its layout: one account over a period with its movements.
 *
 * @param file        the file it was read from
 * @param format      the layout it was written in
 * @param account     the statement's own account
 * @param holderName  the account holder as the bank names them, or null where the layout has no holder
 * @param from        first day of the period (the opening balance's date, else the first movement's)
 * @param until       last day of the period (the closing balance's date, else the last movement's)
 * @param opening     opening balance, or null where the layout has none
 * @param closing     closing balance, or null where the layout has none
 * @param movements   oldest first, in the file's order within a day
 */
public record Statement(Path file, StatementFormat format, Iban account, String holderName, LocalDate from,
                        LocalDate until, BigDecimal opening, BigDecimal closing, List<Movement> movements) {

    public Statement {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        holderName = holderName == null || holderName.isBlank() ? null : holderName.strip();
        movements = List.copyOf(movements);
    }
}
