package nl.spoor.api.search;

import java.util.List;

import nl.spoor.api.search.TermMatcher.Match;

/**
 * The passage of a page that shows a hit: around the place where the most different terms match close
 * together, about {@value #AROUND} characters either side, cut at spaces, white space collapsed, as HTML with
 * every match in {@code <mark>} and the text escaped.
 */
final class Snippets {

    static final int AROUND = 80;

    private Snippets() {
    }

    static String of(String text, List<Match> matches) {
        if (matches.isEmpty()) {
            return "";
        }
        Match anchor = matches.getFirst();
        long most = 0;
        for (Match m : matches) {
            long distinct = matches.stream().filter(o -> Math.abs(o.start() - m.start()) <= AROUND).mapToInt(Match::term).distinct().count();
            if (distinct > most) {
                most = distinct;
                anchor = m;
            }
        }
        int from = Math.max(0, anchor.start() - AROUND);
        int to = Math.min(text.length(), anchor.end() + AROUND);
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
            from--;
        }
        while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
            to++;
        }
        StringBuilder html = new StringBuilder(from > 0 ? "… " : "");
        int at = from;
        for (Match m : matches) {
            if (m.start() < at || m.end() > to) {
                continue;
            }
            escape(html, text.substring(at, m.start()));
            html.append("<mark>");
            escape(html, text.substring(m.start(), m.end()));
            html.append("</mark>");
            at = m.end();
        }
        escape(html, text.substring(at, to));
        if (to < text.length()) {
            html.append(" …");
        }
        return html.toString().replaceAll("\\s+", " ").strip();
    }

    private static void escape(StringBuilder html, String text) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
    }
}
