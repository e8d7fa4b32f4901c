package nl.spoor.api.graphql;

import java.util.List;

/**
 * Cursor pagination over a result the server computed whole and ranked (trails, paths, key figures):
 * the cursor is the position of an item under a tag naming the kind of result, so a cursor of one
 * query is not taken for another's. A page larger than the server's page limit is refused.
 *
 * @param offset first position of the page
 * @param size   most items on the page
 * @param tag    the kind of result, e.g. {@code trail}
 */
public record Pages(int offset, int size, String tag) {

    /** Items per page when {@code first} is not given. */
    public static final int DEFAULT_SIZE = 20;

    /**
     * The page asked for by {@code first} and {@code after}.
     *
     * @param what    the items in words, for the messages ("trails")
     * @param setting the setting that holds {@code maxPage}, named in the refusal
     * @throws QueryRefused             for a page over {@code maxPage}
     * @throws IllegalArgumentException for a negative size or a cursor this API did not give
     */
    public static Pages of(Integer first, String after, int maxPage, String tag, String what, String setting) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size < 0) {
            throw new IllegalArgumentException("first must be 0 or more, got " + size);
        }
        if (size > maxPage) {
            throw new QueryRefused(QueryRefused.Limit.PAGE_SIZE, "first " + size + " is more than " + maxPage + " " + what
                    + " per page (" + setting + "); page on with `after`.");
        }
        int offset = OffsetCursors.offsetAfter(tag + ":", after);
        return new Pages(offset, size, tag);
    }

    /** The items of this page out of all of them. */
    public <T> List<T> of(List<T> all) {
        return all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size()));
    }

    /** Whether items follow this page. */
    public boolean hasNext(int total) {
        return offset + size < total;
    }

    /** The cursor of the {@code i}-th item of this page. */
    public String cursor(int i) {
        return OffsetCursors.cursor(tag + ":", offset + i);
    }
}
