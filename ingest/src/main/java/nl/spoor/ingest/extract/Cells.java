package nl.spoor.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text split into cells: lines, and within them the fields of CSV, tab-separated and MT940/CAMT
 * exports. A name that fills a whole cell (a statement's counterparty, a signature line) is a name even
 * without a role word before it.
 */
final class Cells {

    private Cells() {
    }

    private static final Pattern CELL = Pattern.compile("[^\\n\\t;\"|/,]+");

    record Cell(String text, int start, int end) {
    }

    static List<Cell> of(String text) {
        List<Cell> cells = new ArrayList<>();
        Matcher m = CELL.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start) {
                cells.add(new Cell(text.substring(start, end), start, end));
            }
        }
        return cells;
    }
}
