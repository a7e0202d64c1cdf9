package io.github.tahsilat.internal.reconciliation;

import java.util.Arrays;
import java.util.Objects;

/**
 * Counts equal SHA-256 digests among the entries of one statement, with no object per entry. Each
 * distinct digest gets an id, from 0 in order of first appearance. Not thread-safe.
 *
 * <p>The table is open-addressed and probed linearly from the digest's first eight bytes, which are
 * as random as the digest. Equal first words are compared in full, so two different digests never
 * share an id.
 */
public final class DigestCounts {

    private static final int WORDS = EntryHashing.Hasher.DIGEST_WORDS;

    /** The four words of each distinct digest, by id. */
    private long[] words;

    /** The number of times each distinct digest was added, by id. */
    private int[] counts;

    /** The id plus one of the digest in each slot, 0 for an empty slot. */
    private int[] slots;

    private int distinct;

    /**
     * A sum of the slots that {@link #loadSlots} read, stored so that the compiler keeps the reads.
     */
    private int loadedSlots;

    /** The last digest of a hasher, for {@link #add(EntryHashing.Hasher)}. */
    private final long[] hasherDigest = new long[WORDS];

    /**
     * Creates a table sized for {@code expected} distinct digests. It grows past them.
     *
     * @throws IllegalArgumentException if {@code expected} is negative
     */
    public DigestCounts(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException(
                    "invalid expected count " + expected + "; expected 0 or more");
        }
        int capacity = Math.max(8, expected);
        words = new long[capacity * WORDS];
        counts = new int[capacity];
        slots = new int[tableSize(capacity)];
    }

    /**
     * Counts the last digest of {@code hasher} once more, and returns its id.
     *
     * @see EntryHashing.Hasher#finish()
     */
    public int add(EntryHashing.Hasher hasher) {
        hasher.copyDigest(hasherDigest, 0);
        return add(hasherDigest, 0);
    }

    /**
     * Counts the digest stored as four words in {@code digests} from {@code at} once more, and
     * returns its id.
     *
     * @throws IndexOutOfBoundsException if {@code digests} has no four words at {@code at}
     * @see EntryHashing.Hasher#copyDigest
     */
    public int add(long[] digests, int at) {
        Objects.checkFromIndexSize(at, WORDS, digests.length);
        long first = digests[at];
        int mask = slots.length - 1;
        for (int slot = slotOf(first, mask); ; slot = (slot + 1) & mask) {
            int id = slots[slot] - 1;
            if (id < 0) {
                id = insert(digests, at);
                slots[slot] = id + 1;
                growIfFull();
                return id;
            }
            if (equalsDigest(id, digests, at)) {
                counts[id]++;
                return id;
            }
        }
    }

    /**
     * Reads the table slot of each of the first {@code count} digests in {@code digests}, four
     * words each, in one loop of independent reads, so that their cache misses overlap. The calls
     * of {@link #add(long[], int)} that follow then find those slots in the cache. Counts nothing.
     *
     * @throws IndexOutOfBoundsException if {@code digests} has fewer than {@code count} digests
     */
    public void loadSlots(long[] digests, int count) {
        Objects.checkFromIndexSize(0, count * WORDS, digests.length);
        int mask = slots.length - 1;
        int sum = 0;
        for (int i = 0; i < count; i++) {
            sum += slots[slotOf(digests[i * WORDS], mask)];
        }
        loadedSlots += sum;
    }

    /** Returns how many times the digest with id {@code id} was added. */
    public int count(int id) {
        return counts[id];
    }

    private int insert(long[] digests, int at) {
        int id = distinct++;
        if (id == counts.length) {
            counts = Arrays.copyOf(counts, id * 2);
            words = Arrays.copyOf(words, id * 2 * WORDS);
        }
        System.arraycopy(digests, at, words, id * WORDS, WORDS);
        counts[id] = 1;
        return id;
    }

    private boolean equalsDigest(int id, long[] digests, int at) {
        for (int i = 0; i < WORDS; i++) {
            if (words[id * WORDS + i] != digests[at + i]) {
                return false;
            }
        }
        return true;
    }

    /** Doubles the table once it is half full, so that probes stay short. */
    private void growIfFull() {
        if (distinct * 2 <= slots.length) {
            return;
        }
        int[] grown = new int[slots.length * 2];
        int mask = grown.length - 1;
        for (int id = 0; id < distinct; id++) {
            int slot = slotOf(words[id * WORDS], mask);
            while (grown[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            grown[slot] = id + 1;
        }
        slots = grown;
    }

    private static int slotOf(long first, int mask) {
        return (int) (first ^ (first >>> 32)) & mask;
    }

    /** Returns the smallest power of two of at least twice {@code capacity}. */
    private static int tableSize(int capacity) {
        return Integer.highestOneBit(capacity * 2 - 1) << 1;
    }
}
