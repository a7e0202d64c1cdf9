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
 * {@link TextKeyTable}. Not thread-safe.
 */
final class TextKeySlots {

    private static final int MIN_BITS = 4;
    private static final long TAG_MASK = 0xFFFF_FFFF_0000_0000L;
    private static final long HEAD_MASK = 0xFFFF_FFFFL;

    private long[] entries;
    private long[] filter;
    private int bits;
    private int mask;
    private int size;
    private int removedSinceRebuild;

    TextKeySlots() {
        allocate(MIN_BITS);
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
        for (int at = home(tag); entries[at] != 0; at = (at + 1) & mask) {
            if ((entries[at] & TAG_MASK) == tag) {
                return (int) (entries[at] & HEAD_MASK) - 1;
            }
        }
        return -1;
    }

    /**
     * Sets the first slot of the chain under {@code hash}, adding the hash when it is new, or
     * removes the hash when {@code slot} is -1.
     */
    void setHead(long hash, int slot) {
        long tag = hash & TAG_MASK;
        for (int at = home(tag); entries[at] != 0; at = (at + 1) & mask) {
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

    private int filterWord(long tag) {
        return (int) (tag >>> 32) & (filter.length - 1);
    }

    /** Returns the two bits of the tag in its filter word, from tag bits that pick no word. */
    private static long filterBits(long tag) {
        return (1L << (tag >>> 52)) | (1L << (tag >>> 58));
    }

    private void insert(long entry) {
        int at = home(entry & TAG_MASK);
        while (entries[at] != 0) {
            at = (at + 1) & mask;
        }
        entries[at] = entry;
        addToFilter(entry & TAG_MASK);
    }

    /**
     * Empties {@code hole} and moves later entries of its probe run back, so that every entry stays
     * reachable from its home entry without tombstones.
     */
    private void deleteAt(int hole) {
        int next = (hole + 1) & mask;
        while (entries[next] != 0) {
            int home = home(entries[next] & TAG_MASK);
            // The entry may move to the hole when the hole lies between its home entry and it.
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                entries[hole] = entries[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        entries[hole] = 0;
    }

    private void grow() {
        long[] old = entries;
        allocate(bits + 1);
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

    /** Creates empty arrays of 2^{@code newBits} entries and a filter of 8 bits per entry. */
    private void allocate(int newBits) {
        bits = newBits;
        entries = new long[1 << newBits];
        mask = entries.length - 1;
        filter = new long[Math.max(1, entries.length / 8)];
        removedSinceRebuild = 0;
    }

    /** Returns the home entry of a tag: its upper bits, which the tag keeps as the table grows. */
    private int home(long tag) {
        return (int) (tag >>> (64 - bits));
    }
}
