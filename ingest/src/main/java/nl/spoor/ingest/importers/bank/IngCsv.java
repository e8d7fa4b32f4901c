package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.Iban;

/**
 * ING "Af- en bijschrijvingen" CSV: newest first, the {@code ;} layout with a running balance, the older
 * {@code ,} layout without. The transaction reference is only in the free text ("Kenmerk: …"); cash
 * has none.
 */
final class IngCsv implements StatementReader {

    private static final Pattern KENMERK = Pattern.compile("\\bKenmerk: (\\S+)");
    private static final Pattern OMSCHRIJVING = Pattern.compile("\\bOmschrijving: (.*?)(?: (?:IBAN|Kenmerk|Valutadatum|Machtiging ID|Incassant ID):|$)");
    private static final Pattern DATUM_TIJD = Pattern.compile(" Datum/Tijd: .*$");
    /** GM geldautomaat, PK opname kantoor, ST storting. */
    private static final Set<String> CASH_CODES = Set.of("GM", "PK", "ST");

    @Override
    public StatementFormat format() {
        return StatementFormat.ING_CSV;
    }

    @Override
    public boolean recognises(String head) {
        return isIng(CsvLines.header(head, ';')) || isIng(CsvLines.header(head, ','));
    }

    static boolean isIng(List<String> header) {
        return header.size() >= 9 && header.get(0).equals("Datum") && header.get(1).equals("Naam / Omschrijving")
                && header.contains("Af Bij");
    }

    @Override
    public Statement read(Path file, String text) {
        char delimiter = isIng(CsvLines.header(text, ';')) ? ';' : ',';
        return read(CsvLines.parse(file, text, delimiter), format());
    }

    /** Also the rows of a spreadsheet in this layout ({@link SpreadsheetStatements}). */
    Statement read(CsvLines csv, StatementFormat format) {
        Path file = csv.file();
        boolean balances = csv.has("Saldo na mutatie");
        Iban account = null;
        List<Movement> movements = new ArrayList<>();
        List<BigDecimal> after = new ArrayList<>();
        for (CsvLines.Row row : csv.rows()) {
            Fields f = new Fields(file, csv.where(row));
            Iban own = f.iban("Rekening", csv.cell(row, "Rekening"));
            if (account == null) {
                account = own;
            } else if (!account.equals(own)) {
                throw f.error("Rekening", "is " + own.value() + " but earlier " + csv.unit() + "s are of " + account.value()
                        + ": export one account per file");
            }
            BigDecimal amount = f.dutchAmount("Bedrag (EUR)", csv.cell(row, "Bedrag (EUR)"));
            String afBij = csv.cell(row, "Af Bij").strip();
            amount = switch (afBij) {
                case "Af" -> amount.negate();
                case "Bij" -> amount;
                default -> throw f.error("Af Bij", "'" + afBij + "' is neither Af nor Bij");
            };
            String code = csv.cell(row, "Code").strip();
            String mededelingen = csv.cell(row, "Mededelingen").strip();
            boolean cash = CASH_CODES.contains(code);
            movements.add(new Movement(f.date("Datum", csv.cell(row, "Datum"), Fields.COMPACT), amount, "EUR",
                    cash ? Movement.cash(amount) : Movement.Kind.TRANSFER,
                    f.optionalIban("Tegenrekening", csv.cell(row, "Tegenrekening")),
                    csv.cell(row, "Naam / Omschrijving"), description(mededelingen), group(KENMERK, mededelingen),
                    csv.locator(row), row.raw()));
            if (balances) {
                BigDecimal balance = f.dutchAmount("Saldo na mutatie", csv.cell(row, "Saldo na mutatie"));
                // Newest first: the balance after this movement is the later one's balance less the later amount.
                if (!after.isEmpty()) {
                    BigDecimal expected = after.getLast().subtract(movements.get(movements.size() - 2).amount());
                    if (expected.compareTo(balance) != 0) {
                        throw f.error("Saldo na mutatie", "is " + balance.toPlainString() + " but the " + csv.unit()
                                + " above gives " + expected.toPlainString() + ": a movement is missing or a total was changed");
                    }
                }
                after.add(balance);
            }
        }
        if (account == null) {
            throw new StatementFormatException(file, null, null, "holds no movements");
        }
        // Newest first in the file; oldest first in a Statement.
        movements = movements.reversed();
        BigDecimal opening = null;
        BigDecimal closing = null;
        if (balances) {
            closing = after.getFirst();
            opening = after.getLast().subtract(movements.getFirst().amount());
        }
        return StatementReader.assemble(file, format, account, null, null, null, opening, closing, movements);
    }

    private static String description(String mededelingen) {
        Matcher m = OMSCHRIJVING.matcher(mededelingen);
        return m.find() ? m.group(1) : DATUM_TIJD.matcher(mededelingen).replaceFirst("");
    }

    private static String group(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
