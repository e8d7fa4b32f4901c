package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.iban4j.CountryCode;
import org.iban4j.Iban4jException;

import nl.spoor.model.identifiers.Iban;

/**
 * ABN AMRO TXT: tab separated, no header, eight columns (account number, currency, date, balance before,
 * balance after, interest date, amount, description). The account is the bare number, which is the
 * IBAN's ten digits without leading zeros. SEPA details sit in the description as {@code /TRTP/…/IBAN/…}
 * segments; an ATM withdrawal reads {@code GEA NR:<ref> dd.MM.yy/hh.mm <place>}.
 */
final class AbnAmroTxt implements StatementReader {

    private static final Pattern LINE = Pattern.compile("(?:\\d{1,10}|[A-Z]{2}\\d{2}[A-Z0-9]{10,30})\\t[A-Z]{3}\\t\\d{8}\\t.*");
    private static final Pattern SEGMENT = Pattern.compile("/(TRTP|CSID|NAME|MARF|REMI|IBAN|BIC|EREF|ORDP|BENM|ISDT)/");
    private static final Pattern GEA = Pattern.compile("GEA\\s+NR:(\\S+)\\s+\\d{2}\\.\\d{2}\\.\\d{2}/\\d{2}[.:]\\d{2}\\s+(.*)");

    @Override
    public StatementFormat format() {
        return StatementFormat.ABN_AMRO_TXT;
    }

    @Override
    public boolean recognises(String head) {
        String first = head.lines().findFirst().orElse("");
        return first.split("\t", -1).length == 8 && LINE.matcher(first).matches();
    }

    @Override
    public Statement read(Path file, String text) {
        List<String> lines = StatementReader.lines(text);
        Iban account = null;
        BigDecimal opening = null;
        BigDecimal closing = null;
        List<Movement> movements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank()) {
                continue;
            }
            Fields f = new Fields(file, "line " + (i + 1));
            String[] cells = raw.split("\t", -1);
            if (cells.length != 8) {
                throw f.error(null, "has " + cells.length + " tab-separated columns, expected 8");
            }
            Iban own = account(f, cells[0].strip());
            if (account == null) {
                account = own;
            } else if (!account.equals(own)) {
                throw f.error("rekeningnummer", "is " + own.value() + " but earlier lines are of " + account.value()
                        + ": export one account per file");
            }
            BigDecimal before = f.dutchAmount("beginsaldo", cells[3]);
            BigDecimal after = f.dutchAmount("eindsaldo", cells[4]);
            BigDecimal amount = f.dutchAmount("transactiebedrag", cells[6]);
            if (before.add(amount).compareTo(after) != 0) {
                throw f.error("eindsaldo", after.toPlainString() + " is not beginsaldo " + before.toPlainString()
                        + " plus transactiebedrag " + amount.toPlainString());
            }
            if (opening == null) {
                opening = before;
            }
            closing = after;
            movements.add(movement(f, cells, amount, "line:" + (i + 1), raw));
        }
        if (account == null) {
            throw new StatementFormatException(file, null, null, "holds no movements");
        }
        return StatementReader.assemble(file, format(), account, null, null, null, opening, closing, movements);
    }

    private static Movement movement(Fields f, String[] cells, BigDecimal amount, String locator, String raw) {
        var date = f.date("transactiedatum", cells[2], Fields.COMPACT);
        String currency = f.currency("muntsoort", cells[1]);
        String description = cells[7].strip();
        Matcher gea = GEA.matcher(description);
        if (gea.matches()) {
            return new Movement(date, amount, currency, Movement.cash(amount), null, gea.group(2), description,
                    gea.group(1), locator, raw);
        }
        Map<String, String> sepa = segments(description);
        if (sepa.isEmpty()) {
            // BEA (card payment) and other unstructured lines: no counter account, no reference.
            return new Movement(date, amount, currency, Movement.Kind.TRANSFER, null, null, description, null,
                    locator, raw);
        }
        boolean cash = "STORTING".equalsIgnoreCase(sepa.getOrDefault("TRTP", ""));
        return new Movement(date, amount, currency, cash ? Movement.cash(amount) : Movement.Kind.TRANSFER,
                f.optionalIban("IBAN", sepa.get("IBAN")), sepa.get("NAME"), sepa.getOrDefault("REMI", ""),
                sepa.get("EREF"), locator, raw);
    }

    /** {@code /TRTP/x/IBAN/y/…}: the value of a segment runs to the next known segment name. */
    private static Map<String, String> segments(String description) {
        Map<String, String> values = new HashMap<>();
        if (!description.startsWith("/")) {
            return values;
        }
        Matcher m = SEGMENT.matcher(description);
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name != null) {
                values.put(name, description.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end();
        }
        if (name != null) {
            values.put(name, description.substring(start).replaceFirst("/$", ""));
        }
        return values;
    }

    /** The bare ABN AMRO account number made into its IBAN by iban4j (which computes the check digits). */
    private static Iban account(Fields f, String number) {
        if (!Character.isDigit(number.charAt(0))) {
            return f.iban("rekeningnummer", number);
        }
        try {
            String bban = "%10s".formatted(number).replace(' ', '0');
            return Iban.parse(new org.iban4j.Iban.Builder().countryCode(CountryCode.NL).bankCode("ABNA")
                    .accountNumber(bban).build().toString());
        } catch (Iban4jException e) {
            throw f.error("rekeningnummer", "'" + number + "' is not an ABN AMRO account number: " + e.getMessage());
        }
    }
}
