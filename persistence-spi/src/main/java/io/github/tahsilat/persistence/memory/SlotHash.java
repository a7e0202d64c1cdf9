package io.github.tahsilat.persistence.memory;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * A hash index from a key to one slot number, with open addressing and linear probing in one {@code
 * int} array filled to three quarters at most, so an entry costs 5 to 11 bytes instead of a map
 * node and a boxed key.
 *
 * <p>The table keeps no keys: the caller passes the key's hash and a test of whether a slot
 * contains the key, and for a resize, a function that hashes the key of any slot. Not thread-safe.
 */
final class SlotHash {

    private static final int EMPTY = 0;
    private static final int REMOVED = -1;

    private final IntUnaryOperator hashOfSlot;

    /** Slot number plus one, or {@link #EMPTY}, or {@link #REMOVED}. */
    private int[] entries = new int[16];

    private int used;

    /** Creates an empty index; {@code hashOfSlot} returns the hash of the key a slot holds. */
    SlotHash(IntUnaryOperator hashOfSlot) {
        this.hashOfSlot = hashOfSlot;
    }

    /** Returns the slot that contains the key, or -1. */
    int find(int hash, IntPredicate holdsKey) {
        int mask = entries.length - 1;
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int entry = entries[i];
            if (entry == EMPTY) {
                return -1;
            }
            if (entry != REMOVED && holdsKey.test(entry - 1)) {
                return entry - 1;
            }
        }
    }

    /**
     * Visits every slot that contains the key, for an index where several slots share a key; add
     * such slots with {@link #add} one by one.
     */
    void forEachMatch(int hash, IntPredicate holdsKey, IntConsumer action) {
        int mask = entries.length - 1;
        for (int i = spread(hash) & mask; entries[i] != EMPTY; i = (i + 1) & mask) {
            int entry = entries[i];
            if (entry != REMOVED && holdsKey.test(entry - 1)) {
                action.accept(entry - 1);
            }
        }
    }

    /** Adds a slot; a slot whose key the index has already is added beside it. */
    void add(int hash, int slot) {
        if ((used + 1) * 4 > entries.length * 3) {
            rehash(entries.length * (countLive() * 2 > entries.length ? 2 : 1));
        }
        int mask = entries.length - 1;
        int i = spread(hash) & mask;
        while (entries[i] != EMPTY && entries[i] != REMOVED) {
            i = (i + 1) & mask;
        }
        if (entries[i] == EMPTY) {
            used++;
        }
        entries[i] = slot + 1;
    }

    /** Removes the slot, found by the hash of its key; does nothing if the index lacks it. */
    void remove(int hash, int slot) {
        int mask = entries.length - 1;
        for (int i = spread(hash) & mask; entries[i] != EMPTY; i = (i + 1) & mask) {
            if (entries[i] == slot + 1) {
                entries[i] = REMOVED;
                return;
            }
        }
    }

    private int countLive() {
        int live = 0;
        for (int entry : entries) {
            if (entry > 0) {
                live++;
            }
        }
        return live;
    }

    private void rehash(int capacity) {
        int[] old = entries;
        entries = new int[capacity];
        used = 0;
        int mask = capacity - 1;
        for (int entry : old) {
            if (entry > 0) {
                int i = spread(hashOfSlot.applyAsInt(entry - 1)) & mask;
                while (entries[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                entries[i] = entry;
                used++;
            }
        }
    }

    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }
}
