package io.github.tahsilat.internal.reconciliation;

import io.github.tahsilat.internal.collect.PagedList;
import java.util.Objects;

/**
 * A map from strings to non-negative ints, open-addressed, with no node or boxed value per entry,
 * for look-ups over the entries of one statement. The keys are kept in a {@link PagedList}, so that
 * a table sized for a large statement allocates no array of references that G1 would treat as
 * humongous. Not thread-safe.
 */
public final class StringIntMap {

    private PagedList<String> keys;
    private int[] values;
    private int size;

    /**
     * Creates a map sized for {@code expected} keys. It grows past them.
     *
     * @throws IllegalArgumentException if {@code expected} is negative
     */
    public StringIntMap(int expected) {
        if (expected < 0) {
            throw new IllegalArgumentException(
                    "invalid expected size " + expected + "; expected 0 or more");
        }
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        keys = PagedList.ofNulls(capacity);
        values = new int[capacity];
    }

    /**
     * Maps {@code key} to {@code value} unless it is mapped already, and returns the value it had,
     * or -1 when it had none.
     *
     * @throws NullPointerException if {@code key} is {@code null}
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public int putIfAbsent(String key, int value) {
        Objects.requireNonNull(key, "key");
        if (value < 0) {
            throw new IllegalArgumentException("invalid value " + value + "; expected 0 or more");
        }
        int hash = key.hashCode();
        int mask = values.length - 1;
        for (int slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
            String stored = keys.get(slot);
            if (stored == null) {
                keys.set(slot, key);
                values[slot] = value;
                size++;
                growIfFull();
                return -1;
            }
            // A String caches its hash code, so comparing the codes first skips comparing the
            // characters of most other keys.
            if (stored.hashCode() == hash && stored.equals(key)) {
                return values[slot];
            }
        }
    }

    /** Doubles the table once it is half full, so that probes stay short. */
    private void growIfFull() {
        if (size * 2 <= values.length) {
            return;
        }
        PagedList<String> oldKeys = keys;
        int[] oldValues = values;
        keys = PagedList.ofNulls(oldValues.length * 2);
        values = new int[oldValues.length * 2];
        int mask = values.length - 1;
        for (int i = 0; i < oldValues.length; i++) {
            String key = oldKeys.get(i);
            if (key != null) {
                int slot = slotOf(key.hashCode(), mask);
                while (keys.get(slot) != null) {
                    slot = (slot + 1) & mask;
                }
                keys.set(slot, key);
                values[slot] = oldValues[i];
            }
        }
    }

    /** Spreads the high bits of the hash code down, as {@code HashMap} does. */
    private static int slotOf(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
