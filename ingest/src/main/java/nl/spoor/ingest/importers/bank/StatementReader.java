package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import nl.spoor.model.identifiers.Iban;

/** Reads one statement layout. One small class per layout. */
interface StatementReader {

    StatementFormat format();

    /** Whether the content is in this layout; {@code head} is the start of the file, decoded, without BOM. */
    boolean recognises(String head);

    /** @throws StatementFormatException naming file, line or entry, and field */
    Statement read(Path file, String text);

    /**
     * A statement whose period comes from its balances where it has them, else from its movements; the
     * balances must account for the movements, which catches a file cut short or a line left out.
     */
    static Statement assemble(Path file, StatementFormat format, Iban account, String holder, LocalDate from,
                              LocalDate until, BigDecimal opening, BigDecimal closing, List<Movement> movements) {
        if (movements.isEmpty() && (from == null || until == null)) {
            throw new StatementFormatException(file, null, null, "holds no movements");
        }
        if (opening != null && closing != null) {
            BigDecimal expected = movements.stream().map(Movement::amount).reduce(opening, BigDecimal::add);
            if (expected.compareTo(closing) != 0) {
                throw new StatementFormatException(file, null, "closing balance", "is " + closing.toPlainString()
                        + " but the opening balance " + opening.toPlainString() + " plus the movements gives "
                        + expected.toPlainString() + ": a movement is missing or the file is incomplete");
            }
        }
        return new Statement(file, format, account, holder, from != null ? from : movements.getFirst().date(),
                until != null ? until : movements.getLast().date(), opening, closing, movements);
    }

    /** The lines of a text file, for snippets: CSV and TXT exports keep one record per line. */
    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
