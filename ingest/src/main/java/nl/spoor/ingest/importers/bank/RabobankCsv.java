package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.spoor.model.identifiers.Iban;

/** Rabobank CSV (26 columns, oldest first, signed amounts, a balance after each movement). */
final class RabobankCsv implements StatementReader {

    /** ga geldautomaat, kh kasafhandeling (counter deposit or withdrawal). */
    private static final Set<String> CASH_CODES = Set.of("ga", "kh");

    @Override
    public StatementFormat format() {
        return StatementFormat.RABOBANK_CSV;
    }

    @Override
    public boolean recognises(String head) {
        return isRabobank(CsvLines.header(head, ','));
    }

    static boolean isRabobank(List<String> header) {
        return header.size() == 26 && header.getFirst().equals("IBAN/BBAN") && header.contains("Transactiereferentie");
    }

    @Override
    public Statement read(Path file, String text) {
        return read(CsvLines.parse(file, text, ','), format());
    }

    /** Also the rows of a spreadsheet in this layout ({@link SpreadsheetStatements}). */
    Statement read(CsvLines csv, StatementFormat format) {
        Path file = csv.file();
        Iban account = null;
        BigDecimal opening = null;
        BigDecimal closing = null;
        List<Movement> movements = new ArrayList<>();
        for (CsvLines.Row row : csv.rows()) {
            Fields f = new Fields(file, csv.where(row));
            Iban own = f.iban("IBAN/BBAN", csv.cell(row, "IBAN/BBAN"));
            if (account == null) {
                account = own;
            } else if (!account.equals(own)) {
                throw f.error("IBAN/BBAN", "is " + own.value() + " but earlier " + csv.unit() + "s are of " + account.value()
                        + ": export one account per file");
            }
            BigDecimal amount = f.dutchAmount("Bedrag", csv.cell(row, "Bedrag"));
            BigDecimal after = f.dutchAmount("Saldo na trn", csv.cell(row, "Saldo na trn"));
            if (opening == null) {
                opening = after.subtract(amount);
            } else if (closing.add(amount).compareTo(after) != 0) {
                throw f.error("Saldo na trn", "is " + after.toPlainString() + " but the " + csv.unit() + " above gives "
                        + closing.add(amount).toPlainString() + ": a movement is missing or a total was changed");
            }
            closing = after;
            boolean cash = CASH_CODES.contains(csv.cell(row, "Code").strip());
            String description = csv.cell(row, "Omschrijving-1") + csv.cell(row, "Omschrijving-2")
                    + csv.cell(row, "Omschrijving-3");
            movements.add(new Movement(f.date("Datum", csv.cell(row, "Datum"), Fields.ISO), amount,
                    f.currency("Munt", csv.cell(row, "Munt")), cash ? Movement.cash(amount) : Movement.Kind.TRANSFER,
                    f.optionalIban("Tegenrekening IBAN/BBAN", csv.cell(row, "Tegenrekening IBAN/BBAN")),
                    csv.cell(row, "Naam tegenpartij"), description, csv.cell(row, "Transactiereferentie"),
                    csv.locator(row), row.raw()));
        }
        if (account == null) {
            throw new StatementFormatException(file, null, null, "holds no movements");
        }
        return StatementReader.assemble(file, format, account, null, null, null, opening, closing, movements);
    }
}
