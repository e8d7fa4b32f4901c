package nl.spoor.ingest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Dutch documents write them: {@code 12 maart 2024}, {@code 12 mrt. 2024}, {@code 12-03-2024},
 * {@code 12/3/'24}, {@code 2024-03-12}. Value ISO {@code 2024-03-12}; impossible dates (31-02) are none.
 * A two-digit year is 20yy up to 30 and 19yy above (birth dates are the usual old ones).
 */
public final class DateRecogniser implements Recogniser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("maart", 3), Map.entry("mrt", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("augustus", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final Pattern WORDS = Pattern.compile("(?i)(?<![0-9])([0-9]{1,2})[ \\u00A0]+("
            + "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
            + "|jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?[ \\u00A0]+([0-9]{4})(?![0-9])");
    private static final Pattern DMY = Pattern.compile("(?<![0-9\\-/.])([0-9]{1,2})([\\-/.])([0-9]{1,2})\\2('?[0-9]{2}|[0-9]{4})(?![0-9\\-/])");
    private static final Pattern ISO = Pattern.compile("(?<![0-9\\-])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9\\-])");

    @Override
    public String name() {
        return "rules:date";
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher w = WORDS.matcher(text);
        while (w.find()) {
            add(found, w, page, Integer.parseInt(w.group(3)), MONTHS.get(w.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(w.group(1)));
        }
        Matcher d = DMY.matcher(text);
        while (d.find()) {
            String y = d.group(4).replace("'", "");
            int year = y.length() == 2 ? (Integer.parseInt(y) <= 30 ? 2000 : 1900) + Integer.parseInt(y) : Integer.parseInt(y);
            if (d.group(2).equals(".") && y.length() == 2) {
                continue; // 15.10.24 is as often a time or version as a date
            }
            add(found, d, page, year, Integer.parseInt(d.group(3)), Integer.parseInt(d.group(1)));
        }
        Matcher i = ISO.matcher(text);
        while (i.find()) {
            add(found, i, page, Integer.parseInt(i.group(1)), Integer.parseInt(i.group(2)), Integer.parseInt(i.group(3)));
        }
        return found;
    }

    private void add(List<Mention> found, Matcher m, int page, int year, int month, int day) {
        try {
            LocalDate date = LocalDate.of(year, month, day);
            found.add(new Mention(MentionType.DATE, m.group(), date.toString(), page, m.start(), m.end(), 0.95, name()));
        } catch (DateTimeException e) {
            // not a date: 31-02-2024, 00-13-2024
        }
    }
}
