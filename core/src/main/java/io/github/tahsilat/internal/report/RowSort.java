package io.github.tahsilat.internal.report;

/**
 * A stable merge sort of row numbers by a comparator over primitives, so that sorting the rows of a
 * large report boxes nothing.
 */
final class RowSort {

    /** Compares two rows. */
    @FunctionalInterface
    interface RowComparator {
        int compare(int a, int b);
    }

    /** Below this length a range is sorted by insertion. */
    private static final int INSERTION_LIMIT = 16;

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
}
