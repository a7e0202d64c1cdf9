package io.github.tahsilat.reconciliation;

import java.util.Arrays;

/**
 * A hash table from a 64-bit key hash to the first of a chain of slot numbers, for the compact
 * index. It stores no key and no object per entry: the owner links the slots that share a hash
 * through its own {@code int} array of next links, and confirms a key against its own data.
 *
 * <p>Each entry is one {@code long}: the upper 32 bits of the hash, which also pick the home entry,
 * and the first slot plus one, so that zero marks an empty entry. Hashes that agree in their upper
 * 32 bits share one chain, and the owner's confirmation separates them. A look-up of a missing hash
 * reads one entry in most cases. Before that, a filter of 8 bits per entry, two of them set per
 * hash in one 64-bit word, rejects most missing hashes: about 98 % at half load, an estimate from
 * the share of bits set. Removing a hash leaves its filter bits set until the filter is rebuilt,
 * which happens when the table grows or when the removals since the last rebuild exceed the number
 * of hashes.
 *
 * <p>Open addressing with linear probing, at most half full, and backward-shift deletion, as in
 * {@link TextKeyTable}. The home entry of a tag is its upper 32 bits scaled to the table's length,
 * so the length need not be a power of two. The table grows to lengths of the form 2^k - 4 or 3 ×
 * 2^(k - 1) - 4, by a third or a half at a time. The 4 entries below those sizes leave room for the
 * array header, so that a large table fills a whole number of the G1 collector's regions, whose
 * sizes are powers of two, and does not spill into one more region. Not thread-safe.
 */
final class TextKeySlots {

    private static final int MIN_LENGTH = 12;
    private static final long TAG_MASK = 0xFFFF_FFFF_0000_0000L;
    private static final long HEAD_MASK = 0xFFFF_FFFFL;

    /** The entries a grown length leaves below its size class, 32 bytes for the array header. */
    private static final int HEADER_ENTRIES = 4;

    /**
     * An odd constant, 2^32 divided by the golden ratio, that mixes a tag to pick a filter word.
     */
    private static final long MIX = 0x9E37_79B9L;

    private long[] entries;
    private long[] filter;
    private int size;
    private int removedSinceRebuild;

    TextKeySlots() {
        allocate(MIN_LENGTH);
    }

    /** Returns the number of distinct hash tags. */
    int size() {
        return size;
    }

    /** Returns the first slot of the chain under {@code hash}, or -1 when there is none. */
    int head(long hash) {
        long tag = hash & TAG_MASK;
        if (!mayContain(tag)) {
            return -1;
        }
        for (int at = home(tag); entries[at] != 0; at = next(at)) {
            if ((entries[at] & TAG_MASK) == tag) {
                return (int) (entries[at] & HEAD_MASK) - 1;
            }
        }
        return -1;
    }

    /**
     * Writes the first slot of the chain under each of the first {@code count} hashes into {@code
     * heads}, or -1, as {@link #head} returns it. The look-ups of a large table miss the cache, so
     * one loop of independent loads first reads all filter words, and a second reads the home
     * entries of the hashes that the filter passes. The processor then waits for several misses at
     * once. Only after that does it look each hash up, in the cache.
     *
     * @return a combination of the values loaded ahead, which the caller keeps in a field so that
     *     the JIT compiler cannot drop those loads
     */
    long heads(long[] hashes, int count, int[] heads) {
        long loaded = 0;
        for (int i = 0; i < count; i++) {
            loaded += filter[filterWord(hashes[i] & TAG_MASK)];
        }
        for (int i = 0; i < count; i++) {
            long tag = hashes[i] & TAG_MASK;
            // A hash that the filter rejects reads entry 0, so the loop need not branch on it.
            int at = mayContain(tag) ? home(tag) : 0;
            loaded += entries[at];
        }
        for (int i = 0; i < count; i++) {
            heads[i] = head(hashes[i]);
        }
        return loaded;
    }

    /**
     * Sets the first slot of the chain under {@code hash}, adding the hash when it is new, or
     * removes the hash when {@code slot} is -1.
     */
    void setHead(long hash, int slot) {
        long tag = hash & TAG_MASK;
        for (int at = home(tag); entries[at] != 0; at = next(at)) {
            if ((entries[at] & TAG_MASK) == tag) {
                if (slot < 0) {
                    deleteAt(at);
                    size--;
                    removedSinceRebuild++;
                    if (removedSinceRebuild > size) {
                        rebuildFilter();
                    }
                } else {
                    entries[at] = tag | (slot + 1L);
                }
                return;
            }
        }
        if (slot < 0) {
            return;
        }
        if ((size + 1) * 2 > entries.length) {
            grow();
        }
        insert(tag | (slot + 1L));
        size++;
    }

    private boolean mayContain(long tag) {
        long word = filter[filterWord(tag)];
        long required = filterBits(tag);
        return (word & required) == required;
    }

    private void addToFilter(long tag) {
        filter[filterWord(tag)] |= filterBits(tag);
    }

    /** Returns the filter word of a tag: its upper 32 bits, mixed and scaled to the filter. */
    private int filterWord(long tag) {
        long mixed = ((tag >>> 32) * MIX) & HEAD_MASK;
        return (int) ((mixed * filter.length) >>> 32);
    }

    /** Returns the two bits of the tag in its filter word, from the tag's top 12 bits. */
    private static long filterBits(long tag) {
        return (1L << (tag >>> 52)) | (1L << (tag >>> 58));
    }

    private void insert(long entry) {
        int at = home(entry & TAG_MASK);
        while (entries[at] != 0) {
            at = next(at);
        }
        entries[at] = entry;
        addToFilter(entry & TAG_MASK);
    }

    /**
     * Empties {@code hole} and moves later entries of its probe run back, so that every entry stays
     * reachable from its home entry without tombstones.
     */
    private void deleteAt(int hole) {
        int next = next(hole);
        while (entries[next] != 0) {
            int home = home(entries[next] & TAG_MASK);
            // The entry may move to the hole when the hole lies between its home entry and it.
            if (distance(home, next) >= distance(hole, next)) {
                entries[hole] = entries[next];
                hole = next;
            }
            next = next(next);
        }
        entries[hole] = 0;
    }

    /** Returns the number of steps forward from entry {@code from} to entry {@code to}. */
    private int distance(int from, int to) {
        int steps = to - from;
        return steps < 0 ? steps + entries.length : steps;
    }

    private int next(int at) {
        int next = at + 1;
        return next == entries.length ? 0 : next;
    }

    private void grow() {
        long[] old = entries;
        allocate(grownLength(entries.length));
        for (long entry : old) {
            if (entry != 0) {
                insert(entry);
            }
        }
    }

    private void rebuildFilter() {
        Arrays.fill(filter, 0);
        for (long entry : entries) {
            if (entry != 0) {
                addToFilter(entry & TAG_MASK);
            }
        }
        removedSinceRebuild = 0;
    }

    /**
     * Creates empty arrays of {@code length} entries and a filter of about 8 bits per entry, a few
     * words less so that the filter also leaves room for its header.
     */
    private void allocate(int length) {
        entries = new long[length];
        filter = new long[Math.max(1, length / 8 - HEADER_ENTRIES)];
        removedSinceRebuild = 0;
    }

    /**
     * Returns the next length of the form 2^k - {@value #HEADER_ENTRIES} or 3 × 2^(k - 1) - {@value
     * #HEADER_ENTRIES} after {@code length}.
     */
    static int grownLength(int length) {
        long target = length + 1L + HEADER_ENTRIES;
        long power = Long.highestOneBit(target);
        long size;
        if (target == power) {
            size = power;
        } else if (target <= power + power / 2) {
            size = power + power / 2;
        } else {
            size = 2 * power;
        }
        return Math.toIntExact(size - HEADER_ENTRIES);
    }

    /** Returns the home entry of a tag: its upper 32 bits scaled to the table's length. */
    private int home(long tag) {
        return (int) (((tag >>> 32) * entries.length) >>> 32);
    }

    /** Returns the number of entries, for tests. */
    int length() {
        return entries.length;
    }
}
