package nl.spoor.ingest.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in euro written the Dutch way: {@code € 9.850,00}, {@code €9850,-}, {@code EUR 1.234},
 * {@code 1.234,56 EUR}, {@code 250 euro}. Value {@code 9850.00 EUR}. Bare numbers without a currency
 * are not amounts (a table column of a statement is the importers' job).
 */
public final class MoneyRecogniser implements Recogniser {

    private static final String NUMBER = "(-?(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,(?:[0-9]{2}|-{1,2}))?)";
    private static final Pattern BEFORE = Pattern.compile("(?:€|\\bEUR\\b)[ \\u00A0]?" + NUMBER + "(?![0-9])");
    private static final Pattern AFTER = Pattern.compile("(?<![0-9.,\\p{L}])" + NUMBER + "[ \\u00A0]?(?:EUR\\b|euro\\b)");

    @Override
    public String name() {
        return "rules:money";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        for (Pattern p : List.of(BEFORE, AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                String number = m.group(1);
                String plain = number.replace(".", "").replaceAll(",-+$", "").replace(',', '.');
                BigDecimal amount = new BigDecimal(plain).setScale(2, RoundingMode.UNNECESSARY);
                found.add(new Mention(MentionType.MONEY, m.group(), amount.toPlainString() + " EUR", page, m.start(), m.end(), 0.95, name()));
            }
        }
        return found;
    }
}
