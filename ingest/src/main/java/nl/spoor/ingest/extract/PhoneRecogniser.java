package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.PhoneNumber;

/**
 * Phone numbers, validated by libphonenumber ({@link PhoneNumber}). Many numbers in documents (invoice,
 * case, account numbers) are digit runs that a phone library would accept, so a national number counts
 * only when written like a phone ({@code 06-12345678}, {@code 020 123 4567}, {@code (020) 1234567}) or
 * after a phone word (Tel., telefoon, mobiel); international ones ({@code +31 …}, {@code 0031 …}) always.
 * A number after an invoice, case or reference label is never a phone.
 */
public final class PhoneRecogniser implements Recogniser {

    private static final Pattern START = Pattern.compile("(?<![\\p{L}0-9\\-/.,:+])(?:\\+|00|0|\\(0)");
    private static final Pattern PHONE_CUE = Pattern.compile(
            "(?i)\\b(?:tel|telefoon|telefoonnummer|telefoonnr|mobiel|mobiele nummer|gsm|bel|belt|whatsapp|fax|nummer)\\b");
    private static final Pattern NOT_PHONE_CUE = Pattern.compile(
            "(?i)(?:factuur|invoice|dossier|zaak|referentie|kenmerk|order|klant|proces-verbaal|pv-|registratie|rekening|personeels|bestel|transactie)[\\p{L}\\-]*\\s*(?:nummer|nr\\.?|no\\.?)?\\s*[:#]?\\s*$");
    /** 09-09-1987 is a date (a birth date on a payslip), though written like 0909-1987 would be a phone. */
    private static final Pattern DATE = Pattern.compile("(?:0[1-9]|[12][0-9]|3[01])-(?:0[1-9]|1[0-2])-(?:19|20)[0-9]{2}");
    private static final Pattern NATIONAL_FORMAT = Pattern.compile("^\\(?0[0-9]{1,3}\\)?[ \\-][0-9].*");

    @Override
    public String name() {
        return "rules:phone";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int start = m.start();
            List<Integer> ends = new ArrayList<>();
            int digits = 0;
            int i = start;
            while (i < text.length() && digits <= 15) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    digits++;
                    i++;
                    if (i >= text.length() || !Character.isDigit(text.charAt(i))) {
                        ends.add(i);
                    }
                } else if ((c == '+' && i == start) || ((c == ' ' || c == '-' || c == '(' || c == ')')
                        && i + 1 < text.length() && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '(' || text.charAt(i + 1) == '0'))) {
                    i++;
                } else {
                    break;
                }
            }
            Mention hit = null;
            for (int k = ends.size() - 1; k >= 0 && hit == null; k--) {
                int end = ends.get(k);
                if (Rules.isAlnum(text, end)) {
                    continue;
                }
                String written = text.substring(start, end);
                if (acceptable(text, start, written)) {
                    var phone = PhoneNumber.tryParse(written);
                    if (phone.isPresent()) {
                        hit = new Mention(MentionType.PHONE, written, phone.get().value(), page, start, end,
                                written.startsWith("+") || written.startsWith("00") ? 0.95 : 0.9, name());
                    }
                }
            }
            if (hit != null) {
                found.add(hit);
                from = hit.end();
            } else {
                from = m.end();
            }
        }
        return found;
    }

    private static boolean acceptable(String text, int start, String written) {
        String before = text.substring(Math.max(0, start - 40), start);
        if (NOT_PHONE_CUE.matcher(before).find() || DATE.matcher(written).matches()) {
            return false;
        }
        if (written.startsWith("+") || written.startsWith("00")) {
            return true;
        }
        return NATIONAL_FORMAT.matcher(written).matches() || Rules.cueBefore(text, start, PHONE_CUE, 30);
    }
}
