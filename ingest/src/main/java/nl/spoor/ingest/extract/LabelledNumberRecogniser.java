package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.spoor.model.identifiers.Bsn;
import nl.spoor.model.identifiers.KvkNummer;
import nl.spoor.model.identifiers.Rsin;

/**
 * Numbers that are only what they are when labelled: a BSN, RSIN or KvK number looks like any other
 * 8 or 9 digits, so it counts only right after its label ({@code BSN:}, {@code burgerservicenummer},
 * {@code KvK-nummer}, {@code Kamer van Koophandel}, {@code RSIN}) or in a table column headed by it
 * (a spreadsheet's "BSN" column), and when its check passes.
 */
public final class LabelledNumberRecogniser implements Recogniser {

    private static final int WINDOW = 60;

    private final String name;
    private final MentionType type;
    private final Pattern cue;
    private final Pattern number;
    private final Function<String, Optional<String>> validate;

    private LabelledNumberRecogniser(String name, MentionType type, Pattern cue, Pattern number,
            Function<String, Optional<String>> validate) {
        this.name = name;
        this.type = type;
        this.cue = cue;
        this.number = number;
        this.validate = validate;
    }

    private static final Pattern NINE = Pattern.compile(
            "(?<![0-9.\\-])(?:[0-9]{9}|[0-9]{4}\\.[0-9]{2}\\.[0-9]{3}|[0-9]{3}[ .][0-9]{3}[ .][0-9]{3})(?![0-9])");
    private static final Pattern EIGHT = Pattern.compile("(?<![0-9.\\-])(?:[0-9]{8}|[0-9]{2}[ .][0-9]{3}[ .][0-9]{3}|[0-9]{4}[ .][0-9]{4})(?![0-9])");

    /** BSN (elfproef) after BSN, burgerservicenummer or sofinummer. */
    public static LabelledNumberRecogniser bsn() {
        return new LabelledNumberRecogniser("rules:bsn", MentionType.BSN,
                Pattern.compile("(?i)\\b(?:bsn|burgerservicenummer|sofi[- ]?nummer|sofinr)"), NINE,
                s -> Bsn.tryParse(s).map(Bsn::value));
    }

    /** KvK number (8 digits) after KvK, KvK-nummer or Kamer van Koophandel. */
    public static LabelledNumberRecogniser kvk() {
        return new LabelledNumberRecogniser("rules:kvk", MentionType.KVK,
                Pattern.compile("(?i)\\b(?:k\\.?v\\.?k\\.?(?:[- ]?(?:nummer|nr\\.?))?|kamer van koophandel|handelsregister(?:nummer)?)"), EIGHT,
                s -> KvkNummer.tryParse(s).map(KvkNummer::value));
    }

    /** RSIN (elfproef) after RSIN or fiscaal nummer. */
    public static LabelledNumberRecogniser rsin() {
        return new LabelledNumberRecogniser("rules:rsin", MentionType.RSIN,
                Pattern.compile("(?i)\\b(?:rsin|fiscaal nummer)"), NINE,
                s -> Rsin.tryParse(s).map(Rsin::value));
    }

    /** Rows of a table end their line; a table ends at a line of text without a tab, and is read upwards this far at most. */
    private static final int MAX_ROWS_ABOVE = 500;

    /**
     * A spreadsheet's or table's column: the number fills its tab-separated cell and the column's header,
     * the same cell of a row above it in the same table, is the label ("BSN" over a column of numbers).
     */
    private boolean inLabelledColumn(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
        int column = (int) line.substring(0, start - lineStart).chars().filter(c -> c == '\t').count();
        String[] cells = line.split("\t", -1);
        if (line.indexOf('\t') < 0 || !cells[column].strip().equals(text.substring(start, end))) {
            return false;
        }
        int above = lineStart - 1;
        for (int rows = 0; above > 0 && rows < MAX_ROWS_ABOVE; rows++) {
            int from = text.lastIndexOf('\n', above - 1) + 1;
            String row = text.substring(from, above);
            if (row.isBlank()) {
                // Tika separates spreadsheet rows by an empty line
                above = from - 1;
                continue;
            }
            if (row.indexOf('\t') < 0) {
                return false;
            }
            String[] header = row.split("\t", -1);
            if (column < header.length && cue.matcher(header[column].strip()).matches()) {
                return true;
            }
            above = from - 1;
        }
        return false;
    }

    /** A run of 7 to 11 digits: a KvK number, BSN or RSIN, or one of them with up to two digits too many or one too few. */
    private static final Pattern NEAR_LENGTH = Pattern.compile("(?<![0-9.\\-])[0-9]{7,11}(?![0-9])");

    /**
     * The digit runs right after this recogniser's label that are no valid number of its kind: on a scan,
     * a number OCR misread (a digit read twice or lost), which {@link #recognise} rightly drops.
     */
    List<String> unchecked(String text) {
        List<String> runs = new ArrayList<>();
        Matcher m = NEAR_LENGTH.matcher(text);
        while (m.find()) {
            if (Rules.labelledBy(text, m.start(), cue, WINDOW) && validate.apply(m.group()).isEmpty()) {
                runs.add(m.group());
            }
        }
        return runs;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Mention> recognise(String text, int page) {
        List<Mention> found = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            if (!Rules.labelledBy(text, m.start(), cue, WINDOW) && !inLabelledColumn(text, m.start(), m.end())) {
                continue;
            }
            String written = m.group();
            validate.apply(written.replaceAll("[ .]", "")).ifPresent(value ->
                    found.add(new Mention(type, written, value, page, m.start(), m.end(), 1.0, name)));
        }
        return found;
    }
}
