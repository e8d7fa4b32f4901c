package nl.spoor.ingest.world.load;

import nl.spoor.model.graph.EntityKind;

/**
 * The world's entity ids with their kinds, to check relationship endpoints and tell their kinds
 * without keeping millions of strings: an open-addressing table of 64-bit hashes of the ids.
 * Two different ids share a hash with a probability of about n²/2⁶⁵ (≈ 10⁻⁷ for 3 million ids);
 * such a collision would let a dangling endpoint through to the store's own check, never lose data.
 */
final class IdIndex {

    private static final EntityKind[] KINDS = EntityKind.values();

    private long[] hashes = new long[1 << 12];
    private byte[] kinds = new byte[1 << 12];
    private int size;

    /** Adds an id; false when it is already there. */
    boolean add(String id, EntityKind kind) {
        if (2 * (size + 1) > hashes.length) {
            grow();
        }
        long h = hash(id);
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                hashes[i] = h;
                kinds[i] = (byte) kind.ordinal();
                size++;
                return true;
            }
            if (hashes[i] == h) {
                return false;
            }
        }
    }

    /** The kind of a known id, or null. */
    EntityKind kind(String id) {
        long h = hash(id);
        int mask = hashes.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            if (hashes[i] == 0) {
                return null;
            }
            if (hashes[i] == h) {
                return KINDS[kinds[i]];
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldHashes = hashes;
        byte[] oldKinds = kinds;
        hashes = new long[oldHashes.length * 2];
        kinds = new byte[oldHashes.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            long h = oldHashes[j];
            if (h != 0) {
                int i = (int) h & mask;
                while (hashes[i] != 0) {
                    i = (i + 1) & mask;
                }
                hashes[i] = h;
                kinds[i] = oldKinds[j];
            }
        }
    }

    /** FNV-1a over the chars, then SplitMix64's finaliser so the low bits spread; never 0 (the empty slot). */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }
}
