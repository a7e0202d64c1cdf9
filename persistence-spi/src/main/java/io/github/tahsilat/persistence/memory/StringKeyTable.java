package io.github.tahsilat.persistence.memory;

import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A hash table from string keys to values, with open addressing and linear probing over parallel
 * arrays of keys, their hash codes and values, filled to half at most. A look-up compares the
 * stored hash codes before it reads a stored key, and {@link #findPositions} reads the stored keys
 * of several requested keys before it compares any of them, so that their cache misses overlap
 * instead of following one another.
 *
 * <p>Keys and values are never {@code null}. A removal shifts the later entries of its probe run
 * back, so the table keeps no markers of removed entries. Not thread-safe for writes, but any
 * number of threads may read at once while none writes, because reads keep their state on the
 * stack.
 *
 * @param <V> the type of the values
 */
final class StringKeyTable<V> {

    /** The number of requested keys whose stored keys {@link #findPositions} loads together. */
    static final int CHUNK = 16;

    private static final int MIN_CAPACITY = 16;

    private String[] keys;
    private int[] hashes;
    private Object[] values;
    private int size;

    /**
     * {@code 32 - log2(capacity)}, the shift that turns the product in {@link #home} into a slot.
     */
    private int shift;

    /** Creates an empty table. */
    StringKeyTable() {
        allocate(MIN_CAPACITY);
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Returns the value stored under {@code key}, or {@code null}. */
    V get(String key) {
        int slot = slotOf(key);
        return slot < 0 ? null : value(slot);
    }

    boolean containsKey(String key) {
        return slotOf(key) >= 0;
    }

    /**
     * Stores {@code value} under {@code key} unless the table has a value under it.
     *
     * @return the value already stored under {@code key}, or {@code null} if {@code value} was
     *     stored
     */
    V putIfAbsent(String key, V value) {
        Objects.requireNonNull(value, "value");
        int slot = slotOf(key);
        if (slot >= 0) {
            return value(slot);
        }
        insert(key, value);
        return null;
    }

    /**
     * Stores {@code value} under {@code key}, in place of the value stored under it if there is
     * one.
     *
     * @return the value that was stored under {@code key}, or {@code null}
     */
    V put(String key, V value) {
        Objects.requireNonNull(value, "value");
        int slot = slotOf(key);
        if (slot >= 0) {
            V previous = value(slot);
            values[slot] = value;
            return previous;
        }
        insert(key, value);
        return null;
    }

    /**
     * Removes the value stored under {@code key}.
     *
     * @return the removed value, or {@code null} if the table had no value under {@code key}
     */
    V remove(String key) {
        int slot = slotOf(key);
        if (slot < 0) {
            return null;
        }
        V removed = value(slot);
        removeAt(slot);
        return removed;
    }

    /**
     * Sets, in {@code positions}, the position in {@code requested} of every key under which the
     * table has a value. The keys are taken {@link #CHUNK} at a time. For each key of a chunk, a
     * first loop finds the first slot whose stored hash code equals the key's and reads that slot's
     * key and its length. A second loop then compares the keys, whose characters are in the cache
     * by then.
     *
     * @throws NullPointerException if a key of {@code requested} is {@code null}
     */
    void findPositions(List<String> requested, BitSet positions) {
        String[] chunk = new String[CHUNK];
        int[] slots = new int[CHUNK];
        int[] lengths = new int[CHUNK];
        Iterator<String> iterator = requested.iterator();
        int start = 0;
        while (iterator.hasNext()) {
            int count = 0;
            while (count < CHUNK && iterator.hasNext()) {
                chunk[count] = Objects.requireNonNull(iterator.next(), "key");
                count++;
            }
            loadCandidates(chunk, count, slots, lengths);
            for (int i = 0; i < count; i++) {
                if (slots[i] >= 0 && matchesFrom(slots[i], lengths[i], chunk[i])) {
                    positions.set(start + i);
                }
            }
            start += count;
        }
    }

    /**
     * Puts into {@code slots} the first slot, for each of the first {@code count} keys of {@code
     * chunk}, whose stored hash code equals the key's, or -1 when the key's probe run ends before
     * one, and into {@code lengths} the length of the key stored there. Each of the three loops
     * reads one level for every key: the requested key's hash code, then the table's arrays, then
     * the stored key. The reads of one level do not depend on one another, so the processor can
     * wait for their cache misses together.
     */
    private void loadCandidates(String[] chunk, int count, int[] slots, int[] lengths) {
        for (int i = 0; i < count; i++) {
            slots[i] = chunk[i].hashCode();
        }
        int mask = keys.length - 1;
        for (int i = 0; i < count; i++) {
            int hash = slots[i];
            int slot = home(hash);
            while (keys[slot] != null && hashes[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            slots[i] = keys[slot] == null ? -1 : slot;
        }
        for (int i = 0; i < count; i++) {
            // Reading the length loads the stored key and the start of its characters.
            lengths[i] = slots[i] < 0 ? -1 : keys[slots[i]].length();
        }
    }

    /**
     * Returns whether {@code key} is stored at {@code slot}, whose stored key has {@code length}
     * characters, or later in the slot's probe run.
     */
    private boolean matchesFrom(int slot, int length, String key) {
        if (length == key.length() && keys[slot].equals(key)) {
            return true;
        }
        int hash = key.hashCode();
        int mask = keys.length - 1;
        for (int i = (slot + 1) & mask; keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && keys[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Returns the slot that stores {@code key}, or -1. */
    private int slotOf(String key) {
        int hash = key.hashCode();
        int mask = keys.length - 1;
        for (int i = home(hash); keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void insert(String key, V value) {
        if ((size + 1) * 2 > keys.length) {
            resize(keys.length * 2);
        }
        int hash = key.hashCode();
        int mask = keys.length - 1;
        int slot = home(hash);
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        hashes[slot] = hash;
        values[slot] = value;
        size++;
    }

    /**
     * Empties {@code slot} and moves each later entry of its probe run that may sit there, or in
     * the slot emptied after it, back into the gap, so that every key stays reachable from its home
     * slot without passing an empty slot.
     */
    private void removeAt(int slot) {
        int mask = keys.length - 1;
        int gap = slot;
        for (int i = (slot + 1) & mask; keys[i] != null; i = (i + 1) & mask) {
            int home = home(hashes[i]);
            // The entry at i may move to the gap when the gap lies on its path from its home
            // slot, that is, when its home is at least as far back from i as the gap is.
            if (((i - home) & mask) >= ((i - gap) & mask)) {
                keys[gap] = keys[i];
                hashes[gap] = hashes[i];
                values[gap] = values[i];
                gap = i;
            }
        }
        keys[gap] = null;
        hashes[gap] = 0;
        values[gap] = null;
        size--;
    }

    private void resize(int capacity) {
        String[] oldKeys = keys;
        int[] oldHashes = hashes;
        Object[] oldValues = values;
        allocate(capacity);
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = home(oldHashes[i]);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new Object[capacity];
        shift = Integer.numberOfLeadingZeros(capacity) + 1;
    }

    /**
     * Returns the home slot of a hash code: the top bits of its product with 2^32 divided by the
     * golden ratio, so that the slot depends on the code's high bits as well as its low ones.
     */
    private int home(int hash) {
        return (hash * 0x9E3779B9) >>> shift;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return (V) values[slot];
    }
}
