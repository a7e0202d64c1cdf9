package io.github.tahsilat.reconciliation;

/**
 * A hash table from the 64-bit hash of a text key to the first of a chain of slot numbers, for the
 * compact index. It stores no key and no object per entry: the owner links the slots that share a
 * hash through its own {@code int} array of next links, and confirms a key against its own text.
 *
 * <p>Open addressing with linear probing, at most half full, and backward-shift deletion, as in
 * {@link TextKeyTable}. The caller hashes keys with {@link TextKeyHash}. Not thread-safe.
 */
final class TextKeySlots {

    private static final int MIN_CAPACITY = 16;

    private long[] hashes = new long[MIN_CAPACITY];

    /** The first slot of each entry's chain plus one, so that zero marks an empty entry. */
    private int[] heads = new int[MIN_CAPACITY];

    private int mask = MIN_CAPACITY - 1;
    private int size;

    /** Returns the number of distinct hashes. */
    int size() {
        return size;
    }

    /** Returns the first slot of the chain under {@code hash}, or -1 when there is none. */
    int head(long hash) {
        for (int entry = entry(hash); heads[entry] != 0; entry = (entry + 1) & mask) {
            if (hashes[entry] == hash) {
                return heads[entry] - 1;
            }
        }
        return -1;
    }

    /**
     * Sets the first slot of the chain under {@code hash}, adding the hash when it is new, or
     * removes the hash when {@code slot} is -1.
     */
    void setHead(long hash, int slot) {
        for (int entry = entry(hash); heads[entry] != 0; entry = (entry + 1) & mask) {
            if (hashes[entry] == hash) {
                if (slot < 0) {
                    deleteAt(entry);
                    size--;
                } else {
                    heads[entry] = slot + 1;
                }
                return;
            }
        }
        if (slot < 0) {
            return;
        }
        if ((size + 1) * 2 > heads.length) {
            grow();
        }
        insert(hash, slot + 1);
        size++;
    }

    /** Returns the bytes the two arrays take, for footprint figures. */
    long arrayBytes() {
        return (long) heads.length * (Long.BYTES + Integer.BYTES);
    }

    private void insert(long hash, int headPlusOne) {
        int entry = entry(hash);
        while (heads[entry] != 0) {
            entry = (entry + 1) & mask;
        }
        hashes[entry] = hash;
        heads[entry] = headPlusOne;
    }

    /**
     * Empties {@code hole} and moves later entries of its probe run back, so that every entry stays
     * reachable from its home entry without tombstones.
     */
    private void deleteAt(int hole) {
        int next = (hole + 1) & mask;
        while (heads[next] != 0) {
            int home = entry(hashes[next]);
            // The entry may move to the hole when the hole lies between its home entry and it.
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                hashes[hole] = hashes[next];
                heads[hole] = heads[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        hashes[hole] = 0;
        heads[hole] = 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldHeads = heads;
        hashes = new long[oldHeads.length * 2];
        heads = new int[oldHeads.length * 2];
        mask = heads.length - 1;
        for (int i = 0; i < oldHeads.length; i++) {
            if (oldHeads[i] != 0) {
                insert(oldHashes[i], oldHeads[i]);
            }
        }
    }

    private int entry(long hash) {
        return (int) hash & mask;
    }
}
