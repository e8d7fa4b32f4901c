package nl.spoor.ingest.importers.bank;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.prowidesoftware.swift.model.Tag;
import com.prowidesoftware.swift.model.field.Field25;
import com.prowidesoftware.swift.model.field.Field61;
import com.prowidesoftware.swift.model.mt.mt9xx.MT940;

import nl.spoor.model.identifiers.Iban;

/**
 * SWIFT MT940, parsed by Prowide. Each {@code :61:} is a movement, the {@code :86:} after it its details
 * in the Dutch structured form ({@code /EREF/…/CNTP/iban/bic/name/city/…/REMI/USTD//text/}). One
 * message per file.
 */
final class Mt940 implements StatementReader {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd", Locale.ROOT);
    private static final Pattern BARE = Pattern.compile("(?s)\\s*:(20|940):.*");
    private static final Pattern SEGMENT = Pattern.compile("/(EREF|CNTP|REMI|TRCD|MARF|CSID|PREF|IREF|ORDP|BENM|ULTC|ULTD|PURP|RTRN|ISDT|NAME|IBAN|BIC)/");
    /** Cash is marked only in words: a withdrawal at an ATM or a deposit. */
    private static final Pattern CASH = Pattern.compile("(?i)\\b(geldautomaat|geldopname|storting|kasstorting|GEA|chipknip)\\b");
    private static final Pattern TAG_LINE = Pattern.compile(":61:.*");

    @Override
    public StatementFormat format() {
        return StatementFormat.MT940;
    }

    @Override
    public boolean recognises(String head) {
        String s = head.stripLeading();
        if (s.startsWith("{1:")) {
            return s.contains("{2:I940") || s.contains("{2:O940");
        }
        return BARE.matcher(head).matches() && head.contains(":25:") && (head.contains(":60F:") || head.contains(":60M:"));
    }

    @Override
    public Statement read(Path file, String text) {
        // Exports without the SWIFT envelope (tags only) get one so Prowide reads them as a message.
        String message = text.contains("{4:") ? text
                : "{1:F01XXXXXXXXXXXX0000000000}{2:I940XXXXXXXXXXXXN}{4:\n" + text.strip() + "\n-}";
        MT940 mt;
        try {
            mt = MT940.parse(message);
        } catch (RuntimeException e) {
            throw new StatementFormatException(file, null, null, "is not a readable MT940 message: " + e.getMessage(), e);
        }
        if (mt == null || mt.getSwiftMessage() == null || mt.getSwiftMessage().getBlock4() == null) {
            throw new StatementFormatException(file, null, null, "is not a readable MT940 message");
        }
        List<Integer> lines61 = lineNumbers(text);
        Fields head = new Fields(file, null);
        Field25 f25 = mt.getField25();
        if (f25 == null) {
            throw head.error(":25:", "the account identification is missing");
        }
        Iban account = account(head, f25.getValue());
        Balance opening = balance(head, ":60F:", mt.getField60F() != null ? mt.getField60F().getValue()
                : mt.getField60M() == null ? null : mt.getField60M().getValue());
        Balance closing = balance(head, ":62F:", mt.getField62F() != null ? mt.getField62F().getValue()
                : mt.getField62M() == null ? null : mt.getField62M().getValue());

        List<Movement> movements = new ArrayList<>();
        List<Tag> tags = mt.getSwiftMessage().getBlock4().getTags();
        for (int i = 0; i < tags.size(); i++) {
            if (!tags.get(i).getName().equals("61")) {
                continue;
            }
            int n = movements.size();
            String where = n < lines61.size() ? "line " + lines61.get(n) : ":61: number " + (n + 1);
            String details = i + 1 < tags.size() && tags.get(i + 1).getName().equals("86") ? tags.get(i + 1).getValue() : "";
            String snippet = ":61:" + tags.get(i).getValue() + (details.isEmpty() ? "" : "\n:86:" + details);
            movements.add(movement(new Fields(file, where), tags.get(i).getValue(), details, opening.currency(),
                    where.replace(' ', ':'), snippet));
        }
        return StatementReader.assemble(file, format(), account, null, opening.date(), closing.date(),
                opening.amount(), closing.amount(), movements);
    }

    private record Balance(LocalDate date, String currency, BigDecimal amount) {
    }

    private static Balance balance(Fields f, String tag, String value) {
        if (value == null) {
            throw f.error(tag, "the " + (tag.startsWith(":60") ? "opening" : "closing")
                    + " balance is missing: the message is incomplete");
        }
        // D|C, yyMMdd, currency, amount with a decimal comma
        if (value.length() < 11) {
            throw f.error(tag, "'" + value + "' is too short for a balance");
        }
        String mark = value.substring(0, 1);
        BigDecimal amount = f.dutchAmount(tag + " amount", value.substring(10));
        if (!mark.equals("C") && !mark.equals("D")) {
            throw f.error(tag, "debit/credit mark '" + mark + "' is neither C nor D");
        }
        return new Balance(f.date(tag + " date", value.substring(1, 7), YYMMDD),
                f.currency(tag + " currency", value.substring(7, 10)), mark.equals("D") ? amount.negate() : amount);
    }

    private static Movement movement(Fields f, String value61, String value86, String currency, String locator,
                                     String snippet) {
        Field61 f61 = new Field61(value61);
        LocalDate date = f.date(":61: value date", f61.getValueDate(), YYMMDD);
        BigDecimal amount = f.dutchAmount(":61: amount", f61.getAmount());
        String mark = f.required(":61: debit/credit mark", f61.getDebitCreditMark());
        amount = switch (mark) {
            // A reversal of a credit takes money out, of a debit puts it back.
            case "D", "RC" -> amount.negate();
            case "C", "RD" -> amount;
            default -> throw f.error(":61: debit/credit mark", "'" + mark + "' is not C, D, RC or RD");
        };
        Map<String, String> segments = segments(value86.replaceAll("\\r?\\n", ""));
        String counterIban = null;
        String counterName = null;
        String cntp = segments.get("CNTP");
        if (cntp != null) {
            String[] parts = cntp.split("/", -1);
            counterIban = f.optionalIban(":86: /CNTP/ account", parts[0]);
            counterName = parts.length > 2 ? parts[2] : null;
        }
        String description = segments.containsKey("REMI")
                ? segments.get("REMI").replaceFirst("^USTD//", "").replaceFirst("/$", "")
                : value86.startsWith("/") ? "" : value86.replaceAll("\\r?\\n", " ");
        Movement.Kind kind = counterIban == null && CASH.matcher(description).find() ? Movement.cash(amount)
                : Movement.Kind.TRANSFER;
        return new Movement(date, amount, currency, kind, counterIban, counterName, description,
                reference(segments.get("EREF"), f61), locator, snippet);
    }

    /** The end-to-end reference where given, else the bank's own, else the account owner's. */
    private static String reference(String eref, Field61 f61) {
        if (eref != null && !eref.isBlank() && !eref.equals("NOTPROVIDED")) {
            return eref.replaceFirst("/$", "");
        }
        String bank = f61.getReferenceOfTheAccountServicingInstitution();
        if (bank != null && !bank.isBlank()) {
            return bank;
        }
        String owner = f61.getReferenceForTheAccountOwner();
        return owner == null || owner.equals("NONREF") ? null : owner;
    }

    private static Map<String, String> segments(String details) {
        Map<String, String> values = new HashMap<>();
        Matcher m = SEGMENT.matcher(details);
        String name = null;
        int start = 0;
        while (m.find()) {
            if (name != null) {
                values.putIfAbsent(name, details.substring(start, m.start()));
            }
            name = m.group(1);
            start = m.end();
        }
        if (name != null) {
            values.putIfAbsent(name, details.substring(start).replaceFirst("/$", ""));
        }
        return values;
    }

    /** Field 25 holds the IBAN, at some banks followed by the currency or preceded by the BIC and a slash. */
    private static Iban account(Fields f, String value) {
        String v = value.strip();
        v = v.substring(v.lastIndexOf('/') + 1);
        if (v.matches(".*[A-Z]{3}") && Iban.isValid(v.substring(0, v.length() - 3))) {
            v = v.substring(0, v.length() - 3);
        }
        return f.iban(":25:", v);
    }

    private static List<Integer> lineNumbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        List<String> lines = StatementReader.lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (TAG_LINE.matcher(lines.get(i)).matches()) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }
}
