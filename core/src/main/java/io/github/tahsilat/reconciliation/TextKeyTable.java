package io.github.tahsilat.reconciliation;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A hash table from text keys to values that stores each key's 64-bit hash, not the key: a look-up
 * of a missing key compares hashes in one {@code long} array and builds no string. A hash found is
 * confirmed against the key of the value stored under it, so two keys with equal hashes stay apart.
 *
 * <p>Open addressing with linear probing, at most half full, and backward-shift deletion. The
 * caller hashes keys with {@link TextKeyHash}, or with any function that gives equal keys equal
 * hashes. Not thread-safe.
 *
 * @param <V> the values, each of which can return its key
 */
final class TextKeyTable<V> {

    private static final int MIN_CAPACITY = 16;

    private final Function<V, String> keyOf;
    private long[] hashes = new long[MIN_CAPACITY];
    private Object[] values = new Object[MIN_CAPACITY];
    private int mask = MIN_CAPACITY - 1;
    private int size;

    /**
     * Creates an empty table.
     *
     * @param keyOf returns the key of a stored value, to confirm a hash found
     */
    TextKeyTable(Function<V, String> keyOf) {
        this.keyOf = keyOf;
    }

    /** Returns the number of keys. */
    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Returns whether some key has {@code hash}, without confirming which. */
    boolean containsHash(long hash) {
        for (int slot = slot(hash); values[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash) {
                return true;
            }
        }
        return false;
    }

    /** Returns the value of {@code key}, whose hash is {@code hash}, or {@code null}. */
    V get(long hash, String key) {
        int slot = find(hash, key);
        return slot < 0 ? null : value(slot);
    }

    /**
     * Stores {@code value} under its key, whose hash is {@code hash}.
     *
     * @throws IllegalStateException if the table has a value for the key already
     */
    void add(long hash, V value) {
        String key = keyOf.apply(value);
        if (find(hash, key) >= 0) {
            throw new IllegalStateException("key stored twice: " + key);
        }
        if ((size + 1) * 2 > values.length) {
            grow();
        }
        insert(hash, value);
        size++;
    }

    /**
     * Removes {@code value}, stored under a key whose hash is {@code hash}, found by identity so
     * that a value whose key can no longer be read, such as an emptied bucket, can be removed.
     *
     * @return whether the table had the value
     */
    boolean removeValue(long hash, V value) {
        for (int slot = slot(hash); values[slot] != null; slot = (slot + 1) & mask) {
            if (values[slot] == value) {
                deleteAt(slot);
                size--;
                return true;
            }
        }
        return false;
    }

    private int find(long hash, String key) {
        for (int slot = slot(hash); values[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && keyOf.apply(value(slot)).equals(key)) {
                return slot;
            }
        }
        return -1;
    }

    private void insert(long hash, Object value) {
        int slot = slot(hash);
        while (values[slot] != null) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        values[slot] = value;
    }

    /**
     * Empties {@code hole} and moves later entries of its probe run back, so that every entry stays
     * reachable from its home slot without tombstones.
     */
    private void deleteAt(int hole) {
        int next = (hole + 1) & mask;
        while (values[next] != null) {
            int home = slot(hashes[next]);
            // The entry may move to the hole when the hole lies between its home slot and it.
            if (((next - home) & mask) >= ((next - hole) & mask)) {
                hashes[hole] = hashes[next];
                values[hole] = values[next];
                hole = next;
            }
            next = (next + 1) & mask;
        }
        hashes[hole] = 0;
        values[hole] = null;
    }

    private void grow() {
        long[] oldHashes = hashes;
        Object[] oldValues = values;
        hashes = new long[oldValues.length * 2];
        values = new Object[oldValues.length * 2];
        mask = values.length - 1;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != null) {
                insert(oldHashes[i], oldValues[i]);
            }
        }
        Arrays.fill(oldValues, null);
    }

    private int slot(long hash) {
        return (int) hash & mask;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }
}
