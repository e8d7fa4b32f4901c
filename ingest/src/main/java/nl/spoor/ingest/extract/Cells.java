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

    /**
     * A row of a bank statement as PDF text gives it: date, counterparty, the counterparty's IBAN, code and
     * amount on one line separated by single spaces ({@code 26-10-2024 Sophie de Vries NL08 INGB 8086 8887 12
     * OV Bij 2.608,00}), so the counterparty fills no cell of its own.
     */
    private static final Pattern STATEMENT_ROW = Pattern.compile(
            "(?m)^[ \\t]*\\d{1,2}-\\d{1,2}-\\d{4}[ \\t]+(?<name>\\p{Lu}[^\\n\\t]{1,80}?)[ \\t]+(?=\\p{Lu}{2}\\d{2}[ ]?\\p{Lu}{4}[ ]?\\d)");

    /** The counterparties of statement rows whose columns the text ran together, as cells. */
    static List<Cell> statementRowNames(String text) {
        List<Cell> cells = new ArrayList<>();
        Matcher m = STATEMENT_ROW.matcher(text);
        while (m.find()) {
            cells.add(new Cell(m.group("name"), m.start("name"), m.end("name")));
        }
        return cells;
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
