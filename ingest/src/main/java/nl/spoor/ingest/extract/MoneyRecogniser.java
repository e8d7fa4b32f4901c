package nl.spoor.ingest.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts in euro written the Dutch way: {@code € 9.850,00}, {@code €9850,-}, {@code EUR 1.234},
 * {@code 1.234,56 EUR}, {@code 250 euro}, and with a scale word as policy texts and reports write them:
 * {@code € 3,1 miljoen}, {@code €200 mln.}, {@code € 1.1 mln}, {@code 2,5 miljard euro}. Value
 * {@code 9850.00 EUR}. Bare numbers without a currency are not amounts (a table column of a statement is
 * the importers' job).
 */
public final class MoneyRecogniser implements Recogniser {

    private static final String NUMBER = "(-?(?:[0-9]{1,3}(?:\\.[0-9]{3})+|[0-9]+)(?:,(?:[0-9]{2}|-{1,2}))?)";
    /** Before a scale word one or two decimals are usual, with a comma or (English habit) a point. */
    private static final String SCALED_NUMBER = "(-?[0-9]{1,3}(?:[.,][0-9]{1,2})?)";
    private static final String SCALE = "(miljoen|miljard|mln\\.?|mld\\.?|mrd\\.?|duizend)(?![\\p{L}])";
    private static final String SPACE = "[ \\u00A0]?";
    private static final String CURRENCY_BEFORE = "(?:€|\\bEUR\\b)" + SPACE;
    private static final String CURRENCY_AFTER = SPACE + "(?:EUR\\b|euro\\b)";

    private static final Pattern SCALED_BEFORE = Pattern.compile(CURRENCY_BEFORE + SCALED_NUMBER + "[ \\u00A0]" + SCALE);
    private static final Pattern SCALED_AFTER = Pattern.compile("(?<![0-9.,\\p{L}])" + SCALED_NUMBER + "[ \\u00A0]" + SCALE + CURRENCY_AFTER);
    private static final Pattern BEFORE = Pattern.compile(CURRENCY_BEFORE + NUMBER + "(?![0-9])(?![ \\u00A0]?[.,]?[0-9])");
    private static final Pattern AFTER = Pattern.compile("(?<![0-9.,\\p{L}])" + NUMBER + CURRENCY_AFTER);

    @Override
    public String name() {
        return "rules:money";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        for (Pattern p : List.of(SCALED_BEFORE, SCALED_AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                BigDecimal amount = new BigDecimal(m.group(1).replace(',', '.')).multiply(scale(m.group(2)));
                found.add(mention(m, amount, page));
            }
        }
        for (Pattern p : List.of(BEFORE, AFTER)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (inside(found, m.start(), m.end())) {
                    continue;
                }
                String plain = m.group(1).replace(".", "").replaceAll(",-+$", "").replace(',', '.');
                found.add(mention(m, new BigDecimal(plain), page));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private Mention mention(Matcher m, BigDecimal amount, int page) {
        String value = amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " EUR";
        return new Mention(MentionType.MONEY, m.group(), value, page, m.start(), m.end(), 0.95, name());
    }

    private static boolean inside(List<Mention> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && end > f.start());
    }

    private static BigDecimal scale(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return switch (w) {
            case "miljoen", "mln" -> BigDecimal.valueOf(1_000_000);
            case "miljard", "mld", "mrd" -> BigDecimal.valueOf(1_000_000_000);
            case "duizend" -> BigDecimal.valueOf(1_000);
            default -> throw new IllegalStateException("no scale " + word);
        };
    }
}
