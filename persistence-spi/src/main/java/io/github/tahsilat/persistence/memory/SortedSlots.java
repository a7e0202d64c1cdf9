package io.github.tahsilat.persistence.memory;

import java.util.Arrays;

/**
 * A sorted set of slot numbers, ordered by a key that the {@link Order} reads from the slots'
 * columns. It keeps the slots in chunks of at most {@value #CHUNK} ints, so an insert or removal
 * moves at most one chunk, and a set costs 4 to 8 bytes per slot instead of a tree node.
 *
 * <p>A slot's key must not change while the slot is in the set: remove it first. Not thread-safe.
 */
final class SortedSlots {

    /** The maximum slots per chunk. */
    static final int CHUNK = 256;

    /** Compares slots, and a slot to a search key. */
    interface Order {

        /** Compares the keys of two slots. */
        int compare(int a, int b);

        /** Compares the key of a slot to {@code (day, high, low)}. */
        int compareTo(int slot, int day, long high, long low);
    }

    private final Order order;
    private int[][] chunks = new int[1][];
    private int[] sizes = new int[1];
    private int chunkCount;
    private int size;

    SortedSlots(Order order) {
        this.order = order;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Adds a slot whose key no slot in the set has. */
    void add(int slot) {
        if (chunkCount == 0) {
            chunks[0] = new int[4];
            chunkCount = 1;
        }
        int chunk = chunkFor(slot);
        int[] values = chunks[chunk];
        int at = -(search(values, sizes[chunk], slot) + 1);
        if (sizes[chunk] == values.length) {
            if (values.length < CHUNK) {
                values = Arrays.copyOf(values, Math.min(CHUNK, values.length * 2));
                chunks[chunk] = values;
            } else {
                split(chunk);
                add(slot);
                return;
            }
        }
        System.arraycopy(values, at, values, at + 1, sizes[chunk] - at);
        values[at] = slot;
        sizes[chunk]++;
        size++;
    }

    /** Removes a slot, found by its current key; does nothing if the set lacks it. */
    void remove(int slot) {
        if (chunkCount == 0) {
            return;
        }
        int chunk = chunkFor(slot);
        int at = search(chunks[chunk], sizes[chunk], slot);
        if (at < 0) {
            return;
        }
        int[] values = chunks[chunk];
        System.arraycopy(values, at + 1, values, at, sizes[chunk] - at - 1);
        sizes[chunk]--;
        size--;
        if (sizes[chunk] == 0 && chunkCount > 1) {
            System.arraycopy(chunks, chunk + 1, chunks, chunk, chunkCount - chunk - 1);
            System.arraycopy(sizes, chunk + 1, sizes, chunk, chunkCount - chunk - 1);
            chunkCount--;
            chunks[chunkCount] = null;
        }
    }

    /** Walks the slots in key order. */
    interface Visitor {

        /** Takes one slot; returns false to stop the walk. */
        boolean visit(int slot);
    }

    /** Visits every slot in key order. */
    void forEach(Visitor visitor) {
        visit(0, 0, visitor);
    }

    /** Visits, in key order, every slot whose key is above {@code (day, high, low)}. */
    void forEachAfter(int day, long high, long low, Visitor visitor) {
        if (size == 0) {
            return;
        }
        // Binary search for the first chunk whose last key is above the search key, because a
        // linear walk over the chunks of a large index costs more than the visit itself.
        int lowChunk = 0;
        int highChunk = chunkCount;
        while (lowChunk < highChunk) {
            int middle = (lowChunk + highChunk) >>> 1;
            int last = chunks[middle][sizes[middle] - 1];
            if (order.compareTo(last, day, high, low) > 0) {
                highChunk = middle;
            } else {
                lowChunk = middle + 1;
            }
        }
        if (lowChunk < chunkCount) {
            visit(lowChunk, firstAbove(lowChunk, day, high, low), visitor);
        }
    }

    private void visit(int firstChunk, int firstIndex, Visitor visitor) {
        int from = firstIndex;
        for (int chunk = firstChunk; chunk < chunkCount; chunk++) {
            int[] values = chunks[chunk];
            for (int i = from; i < sizes[chunk]; i++) {
                if (!visitor.visit(values[i])) {
                    return;
                }
            }
            from = 0;
        }
    }

    private int firstAbove(int chunk, int day, long high, long low) {
        int[] values = chunks[chunk];
        int lowIndex = 0;
        int highIndex = sizes[chunk];
        while (lowIndex < highIndex) {
            int middle = (lowIndex + highIndex) >>> 1;
            if (order.compareTo(values[middle], day, high, low) > 0) {
                highIndex = middle;
            } else {
                lowIndex = middle + 1;
            }
        }
        return lowIndex;
    }

    /**
     * Returns the chunk that holds, or would hold, the slot: the first whose last key is not below
     * it.
     */
    private int chunkFor(int slot) {
        int lowChunk = 0;
        int highChunk = chunkCount - 1;
        while (lowChunk < highChunk) {
            int middle = (lowChunk + highChunk) >>> 1;
            int last = chunks[middle][sizes[middle] - 1];
            if (order.compare(last, slot) < 0) {
                lowChunk = middle + 1;
            } else {
                highChunk = middle;
            }
        }
        return lowChunk;
    }

    /** Returns the index of the slot, or {@code -(insertion point + 1)}. */
    private int search(int[] values, int count, int slot) {
        int lowIndex = 0;
        int highIndex = count - 1;
        while (lowIndex <= highIndex) {
            int middle = (lowIndex + highIndex) >>> 1;
            int compared = order.compare(values[middle], slot);
            if (compared < 0) {
                lowIndex = middle + 1;
            } else if (compared > 0) {
                highIndex = middle - 1;
            } else {
                return middle;
            }
        }
        return -(lowIndex + 1);
    }

    private void split(int chunk) {
        if (chunkCount == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunkCount * 2);
            sizes = Arrays.copyOf(sizes, chunkCount * 2);
        }
        System.arraycopy(chunks, chunk + 1, chunks, chunk + 2, chunkCount - chunk - 1);
        System.arraycopy(sizes, chunk + 1, sizes, chunk + 2, chunkCount - chunk - 1);
        int[] values = chunks[chunk];
        int half = sizes[chunk] / 2;
        int[] upper = new int[CHUNK];
        System.arraycopy(values, half, upper, 0, sizes[chunk] - half);
        chunks[chunk + 1] = upper;
        sizes[chunk + 1] = sizes[chunk] - half;
        sizes[chunk] = half;
        chunkCount++;
    }
}
