package nl.spoor.ingest.importers.bank;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of one PDF page with where they stand, gathered into lines by their baseline. A table is read
 * from these: a column is where its heading stands, so the order in which the PDF happens to draw its
 * text does not matter.
 */
final class PageWords {

    /** A word: its text, left and right edge and baseline (from the top), in points. */
    record Word(String text, float left, float right, float y) {
    }

    /** The words of one line, left to right. */
    record Line(float y, List<Word> words) {

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        /**
         * Left and right edges of each heading ({@code [left0, right0, left1, right1, …]}) when this line holds
         * all of them, in order; else null. A heading of several words ("Naam / Omschrijving") is matched word by word.
         */
        float[] columns(List<String> headings) {
            float[] edges = new float[headings.size() * 2];
            int from = 0;
            for (int h = 0; h < headings.size(); h++) {
                String[] tokens = headings.get(h).split(" ");
                int at = find(tokens, from);
                if (at < 0) {
                    return null;
                }
                edges[2 * h] = words.get(at).left();
                edges[2 * h + 1] = words.get(at + tokens.length - 1).right();
                from = at + tokens.length;
            }
            return edges;
        }

        private int find(String[] tokens, int from) {
            for (int i = from; i + tokens.length <= words.size(); i++) {
                boolean all = true;
                for (int t = 0; t < tokens.length && all; t++) {
                    all = words.get(i + t).text().equals(tokens[t]);
                }
                if (all) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * The text under each column: a word belongs to the last column starting at or before it, unless its
         * right edge lines up with a later heading's right edge (amounts are right-aligned under their heading
         * and may start left of it).
         */
        String[] cells(float[] columns) {
            int n = columns.length / 2;
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                cells.add(new ArrayList<>());
            }
            for (Word w : words) {
                int column = 0;
                for (int c = 0; c < n; c++) {
                    if (columns[2 * c] <= w.left() + 1) {
                        column = c;
                    }
                }
                for (int c = column + 1; c < n; c++) {
                    if (Math.abs(columns[2 * c + 1] - w.right()) <= 2) {
                        column = c;
                    }
                }
                cells.get(column).add(w.text());
            }
            String[] out = new String[n];
            for (int c = 0; c < n; c++) {
                out[c] = String.join(" ", cells.get(c));
            }
            return out;
        }
    }

    private PageWords() {
    }

    /** The lines of page {@code page} (1-based), top to bottom. */
    static List<Line> of(PDDocument doc, int page) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                // PDFBox calls this once per word of a line; a word may still hold spaces a font draws as glyphs.
                List<TextPosition> word = new ArrayList<>();
                for (TextPosition p : positions) {
                    if (p.getUnicode().isBlank()) {
                        add(word);
                        word = new ArrayList<>();
                    } else {
                        word.add(p);
                    }
                }
                add(word);
            }

            private void add(List<TextPosition> word) {
                if (word.isEmpty()) {
                    return;
                }
                StringBuilder text = new StringBuilder();
                word.forEach(p -> text.append(p.getUnicode()));
                TextPosition first = word.getFirst();
                TextPosition last = word.getLast();
                words.add(new Word(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);

        words.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::left));
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        float y = Float.NaN;
        for (Word w : words) {
            if (!current.isEmpty() && Math.abs(w.y() - y) > 2.5f) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                y = w.y();
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Word> words) {
        List<Word> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingDouble(Word::left));
        return new Line(sorted.getFirst().y(), List.copyOf(sorted));
    }
}
