package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.Iban;

/**
 * IBANs, compact ({@code NL91ABNA0417164300}) or in groups of four ({@code NL91 ABNA 0417 1643 00}).
 * Only what {@link Iban} validates (country length and mod-97 check digits) counts: a typo is no IBAN.
 */
public final class IbanRecogniser implements Recogniser {

    /** MT940's :25: field glues the currency to the account: {@code NL91ABNA0417164300EUR}. */
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}(?![A-Za-z0-9])");
    private static final Pattern START = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}");

    @Override
    public String name() {
        return "rules:iban";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = START.matcher(text);
        int from = 0;
        while (m.find(from)) {
            int start = m.start();
            // candidate ends at token boundaries, longest first: a following word or number may be glued on by a space
            List<Integer> ends = new ArrayList<>();
            int alnum = 4;
            int i = m.end();
            while (i < text.length() && alnum <= 34) {
                char c = text.charAt(i);
                if (Character.isDigit(c) || (c >= 'A' && c <= 'Z')) {
                    alnum++;
                    i++;
                    if (!Rules.isAlnum(text, i) || alnum >= 15) {
                        ends.add(i);
                    }
                } else if ((c == ' ' || c == '\u00A0') && i + 1 < text.length() && text.charAt(i + 1) != ' ') {
                    i++;
                } else {
                    break;
                }
            }
            Mention hit = null;
            for (int k = ends.size() - 1; k >= 0 && hit == null; k--) {
                int end = ends.get(k);
                if (Rules.isAlnum(text, end) && !CURRENCY.matcher(text).region(end, text.length()).lookingAt()) {
                    continue;
                }
                String written = text.substring(start, end);
                var iban = Iban.tryParse(written);
                if (iban.isPresent()) {
                    hit = new Mention(MentionType.IBAN, written, iban.get().value(), page, start, end, 1.0, name());
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
}
