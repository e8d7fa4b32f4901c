package nl.spoor.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque page cursors over a ranked list that is computed whole for each request: the cursor is the
 * position of the last edge shown, tagged by feature so that one API's cursor is refused by another.
 */
public final class OffsetCursors {

    private OffsetCursors() {
    }

    /** The cursor of the edge at {@code index} (0-based). */
    public static String cursor(String tag, int index) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((tag + index).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Where the page after {@code after} starts: 0 without a cursor.
     *
     * @throws IllegalArgumentException when {@code after} is not a cursor of this tag
     */
    public static int offsetAfter(String tag, String after) {
        if (after == null) {
            return 0;
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (!key.startsWith(tag)) {
                throw new IllegalArgumentException();
            }
            int offset = Integer.parseInt(key.substring(tag.length())) + 1;
            if (offset < 1) {
                throw new IllegalArgumentException();
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("after is not a cursor this API gave: " + after);
        }
    }
}
