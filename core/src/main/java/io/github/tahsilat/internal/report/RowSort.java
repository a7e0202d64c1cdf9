package io.github.tahsilat.internal.report;

import java.util.Arrays;

/**
 * Stable sorts of row numbers that box nothing: a merge sort by a comparator over primitives, and
 * for large tables a radix sort by a {@code long} key per row and a counting sort by a rank.
 */
final class RowSort {

    /** Compares two rows. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    /** Below this length a range is sorted by insertion. */
    private static final int INSERTION_LIMIT = 16;

    /**
     * The number of rows from which a radix sort is used. Below it, the six passes over 2,048
     * counters are estimated, not measured, to cost more than the comparisons they save.
     */
    static final int RADIX_MIN_ROWS = 256;

    /** The bits of a key that one radix pass sorts by: 64 bits take six passes. */
    private static final int DIGIT_BITS = 11;

    /** The number of passes that sort by every bit of a key. */
    static final int MAX_PASSES = 6;

    /** The shift of the top digit, which has the 9 bits left over by the five below it. */
    private static final int TOP_SHIFT = (MAX_PASSES - 1) * DIGIT_BITS;

    private static final int DIGIT_MASK = (1 << DIGIT_BITS) - 1;

    private RowSort() {}

    /** Sorts {@code rows} in place by {@code comparator}, keeping equal rows in their order. */
    static void sort(int[] rows, RowComparator comparator) {
        int[] buffer = rows.clone();
        sort(buffer, rows, 0, rows.length, comparator);
    }

    /**
     * Sorts {@code target[from, to)}, using {@code source}, which contains the same rows, as
     * scratch space.
     */
    private static void sort(
            int[] source, int[] target, int from, int to, RowComparator comparator) {
        if (to - from <= INSERTION_LIMIT) {
            insertionSort(target, from, to, comparator);
            return;
        }
        int middle = (from + to) >>> 1;
        sort(target, source, from, middle, comparator);
        sort(target, source, middle, to, comparator);
        int left = from;
        int right = middle;
        for (int i = from; i < to; i++) {
            if (right >= to
                    || (left < middle && comparator.compare(source[left], source[right]) <= 0)) {
                target[i] = source[left++];
            } else {
                target[i] = source[right++];
            }
        }
    }

    private static void insertionSort(int[] rows, int from, int to, RowComparator comparator) {
        for (int i = from + 1; i < to; i++) {
            int row = rows[i];
            int j = i - 1;
            while (j >= from && comparator.compare(rows[j], row) > 0) {
                rows[j + 1] = rows[j];
                j--;
            }
            rows[j + 1] = row;
        }
    }

    /**
     * Sorts {@code rows} in place by {@code keys[row]} as unsigned numbers, keeping rows with equal
     * keys in their order. It is a least-significant-digit radix sort in six passes.
     */
    static void byUnsignedKey(int[] rows, long[] keys) {
        byKeyPrefix(rows, keys, MAX_PASSES);
    }

    /**
     * Sorts {@code rows} in place by the top {@link #prefixBits(int) prefixBits(passes)} bits of
     * {@code keys[row]} as unsigned numbers, keeping rows with equal prefixes in their order. It is
     * a least-significant-digit radix sort in {@code passes} passes, from 1 to {@link #MAX_PASSES}.
     */
    static void byKeyPrefix(int[] rows, long[] keys, int passes) {
        int count = rows.length;
        int[] fromRows = rows;
        long[] fromKeys = new long[count];
        for (int i = 0; i < count; i++) {
            fromKeys[i] = keys[rows[i]];
        }
        int[] toRows = new int[count];
        long[] toKeys = new long[count];
        int[] starts = new int[DIGIT_MASK + 2];
        for (int shift = TOP_SHIFT - (passes - 1) * DIGIT_BITS;
                shift < Long.SIZE;
                shift += DIGIT_BITS) {
            Arrays.fill(starts, 0);
            for (int i = 0; i < count; i++) {
                starts[digit(fromKeys[i], shift) + 1]++;
            }
            if (count == 0 || starts[digit(fromKeys[0], shift) + 1] == count) {
                continue;
            }
            for (int d = 1; d < starts.length; d++) {
                starts[d] += starts[d - 1];
            }
            for (int i = 0; i < count; i++) {
                int at = starts[digit(fromKeys[i], shift)]++;
                toRows[at] = fromRows[i];
                toKeys[at] = fromKeys[i];
            }
            int[] swapRows = fromRows;
            fromRows = toRows;
            toRows = swapRows;
            long[] swapKeys = fromKeys;
            fromKeys = toKeys;
            toKeys = swapKeys;
        }
        if (fromRows != rows) {
            System.arraycopy(fromRows, 0, rows, 0, count);
        }
    }

    /** Returns the number of top bits of a key that {@code passes} radix passes sort by. */
    static int prefixBits(int passes) {
        return Long.SIZE - TOP_SHIFT + (passes - 1) * DIGIT_BITS;
    }

    /**
     * Returns the number of radix passes after which rows with equal prefixes are rare among {@code
     * rows} random keys. The prefix has at least ten bits more than the bit length of {@code rows},
     * so a row shares its prefix with another with a chance of at most about 1 in 1,000.
     */
    static int passesFor(int rows) {
        int bits = Integer.SIZE - Integer.numberOfLeadingZeros(rows) + 10;
        int passes = 1 + Math.max(0, (bits - prefixBits(1) + DIGIT_BITS - 1) / DIGIT_BITS);
        return Math.min(MAX_PASSES, passes);
    }

    private static int digit(long key, int shift) {
        return (int) (key >>> shift) & DIGIT_MASK;
    }

    /**
     * Sorts {@code rows} in place by {@code rankOfCode[codeOfRow[row]]}, keeping rows of equal rank
     * in their order. Each rank is from 0 to {@code rankOfCode.length - 1}.
     */
    static void byRank(int[] rows, int[] codeOfRow, int[] rankOfCode) {
        int[] starts = new int[rankOfCode.length + 1];
        for (int row : rows) {
            starts[rankOfCode[codeOfRow[row]] + 1]++;
        }
        for (int rank = 1; rank < starts.length; rank++) {
            starts[rank] += starts[rank - 1];
        }
        int[] sorted = new int[rows.length];
        for (int row : rows) {
            sorted[starts[rankOfCode[codeOfRow[row]]]++] = row;
        }
        System.arraycopy(sorted, 0, rows, 0, rows.length);
    }

    /**
     * Sorts by {@code comparator} each run of adjacent rows that {@code sameRun} compares as equal,
     * and leaves the order between runs as it is.
     */
    static void sortRuns(int[] rows, RowComparator sameRun, RowComparator comparator) {
        int from = 0;
        while (from < rows.length) {
            int to = from + 1;
            while (to < rows.length && sameRun.compare(rows[from], rows[to]) == 0) {
                to++;
            }
            if (to - from > 1) {
                int[] run = Arrays.copyOfRange(rows, from, to);
                sort(run, comparator);
                System.arraycopy(run, 0, rows, from, run.length);
            }
            from = to;
        }
    }
}
