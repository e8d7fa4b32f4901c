package nl.spoor.ingest.world.documents;

import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Sheet} as RTF 1.9 in plain ASCII: characters of Windows-1252 (é, ë, ü, €) as
 * {@code \'xx} as Word writes them, others (Ş, ł, ć in migrants' names) as {@code \\uN} with a
 * question mark for readers without Unicode; tables as real RTF table rows.
 */
final class RtfWriter {

    private static final int TWIPS_WIDE = 9_600;

    byte[] write(Sheet sheet, LocalDateTime created) {
        StringBuilder r = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0\\deflang1043\\uc1\n")
                .append("{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}}\n")
                .append("{\\info{\\title ").append(esc(sheet.title)).append("}{\\author ").append(esc(sheet.author))
                .append("}{\\creatim").append(time(created)).append("}{\\revtim").append(time(created)).append("}}\n")
                .append("\\paperw11906\\paperh16838\\margl1134\\margr1134\\margt1134\\margb1134\\f0\\fs20\n");
        for (Sheet.Block block : sheet.blocks) {
            switch (block) {
                case Sheet.Letterhead l -> {
                    r.append("{\\pard\\b\\fs26 ").append(esc(l.organisation())).append("\\par}\n");
                    r.append("{\\pard\\fs17 ").append(lines(l.lines())).append("\\par}\n");
                }
                case Sheet.Title t -> r.append("{\\pard\\sb240\\sa120\\b\\fs30 ").append(esc(t.text())).append("\\par}\n");
                case Sheet.Heading h -> r.append("{\\pard\\sb200\\sa60\\b\\fs22 ").append(esc(h.text())).append("\\par}\n");
                case Sheet.Paragraph p -> r.append("{\\pard\\sa120 ").append(lines(List.of(p.text().split("\n", -1))))
                        .append("\\par}\n");
                case Sheet.Fields f -> {
                    for (String[] pair : f.pairs()) {
                        row(r, List.of(pair[0], pair[1]), new float[] {30, 70}, false);
                    }
                    r.append("\\pard\\par\n");
                }
                case Sheet.Table t -> {
                    row(r, t.header(), t.widths(), true);
                    t.rows().forEach(cells -> row(r, cells, t.widths(), false));
                    r.append("\\pard\\par\n");
                }
                case Sheet.Signature s -> r.append("{\\pard\\sb240 ").append(lines(s.lines())).append("\\par}\n");
            }
        }
        if (sheet.footer != null) {
            r.append("{\\pard\\qr\\fs15 ").append(esc(sheet.footer)).append("\\par}\n");
        }
        return r.append("}\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void row(StringBuilder r, List<String> cells, float[] widths, boolean bold) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        r.append("\\trowd\\trgaph70");
        float edge = 0;
        for (float w : widths) {
            edge += w;
            r.append("\\cellx").append(Math.round(TWIPS_WIDE * edge / total));
        }
        r.append('\n');
        for (String cell : cells) {
            r.append("\\pard\\intbl").append(bold ? "\\b " : " ").append(esc(cell)).append(bold ? "\\b0" : "").append("\\cell\n");
        }
        r.append("\\row\n");
    }

    private static String lines(List<String> lines) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                s.append("\\line ");
            }
            s.append(esc(lines.get(i)));
        }
        return s.toString();
    }

    private static String time(LocalDateTime t) {
        return String.format(Locale.ROOT, "\\yr%d\\mo%d\\dy%d\\hr%d\\min%d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute());
    }

    /** RTF text: control characters escaped, non-ASCII as code page 1252 bytes or Unicode escapes. */
    static String esc(String text) {
        CharsetEncoder cp1252 = java.nio.charset.Charset.forName("windows-1252").newEncoder();
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}') {
                s.append('\\').append(c);
            } else if (c == '\t') {
                s.append("\\tab ");
            } else if (c >= 0x20 && c < 0x80) {
                s.append(c);
            } else if (cp1252.canEncode(c)) {
                byte b = String.valueOf(c).getBytes(java.nio.charset.Charset.forName("windows-1252"))[0];
                s.append(String.format(Locale.ROOT, "\\'%02x", b & 0xFF));
            } else {
                // \\uN takes a signed 16-bit number; surrogate pairs are written as their two halves
                s.append("\\u").append((int) (short) c).append('?');
            }
        }
        return s.toString();
    }
}
