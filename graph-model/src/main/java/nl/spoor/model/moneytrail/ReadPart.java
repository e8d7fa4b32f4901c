package nl.spoor.model.moneytrail;

import org.neo4j.procedure.Description;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.UserFunction;

/**
 * {@code spoor.part(key, parts)}: the part, 0 to {@code parts} − 1, of a whole-graph read that the node with this key
 * (its Spoor id) falls in. The query API spreads a whole-graph detector over its read threads by running the same
 * statement once per part, each keeping the starts of its own part (Neo4j Community runs one statement on one core).
 * A mixed hash of the key, so that parts are of like size whatever the keys look like: a count such as the number of
 * incoming transfers made uneven parts (a monthly rent or salary makes multiples of 12). Stable: the same key is in the
 * same part in every process (String.hashCode is specified).
 */
public final class ReadPart {

    public static final String NAME = "spoor.part";

    @UserFunction(name = NAME)
    @Description("spoor.part(key, parts) - the part (0 to parts - 1) of a read spread over threads that the node with this key falls in")
    public Long part(@Name("key") String key, @Name("parts") Long parts) {
        if (key == null || parts == null || parts < 1) {
            return null;
        }
        return (long) Math.floorMod(mix(key.hashCode()), parts.intValue());
    }

    /** The finaliser of MurmurHash3: every bit of the input moves every bit of the output. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
