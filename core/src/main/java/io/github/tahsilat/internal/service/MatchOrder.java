package io.github.tahsilat.internal.service;

import io.github.tahsilat.reconciliation.BankEntryKey;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * Sorts the positions of an import's lines into the order of {@link BankEntryKey#MATCH_ORDER}, by
 * primary key and then content key, in an {@code int} array. The order then keeps 4 bytes per line
 * alive while the lines are matched, where a list of boxed positions kept 20.
 */
final class MatchOrder {

    /** Below this many positions, a merge sort step sorts by insertion. */
    private static final int INSERTION_SORT_THRESHOLD = 16;

    private final String[] primaryKeys;
    private final String[] contentKeys;

    private MatchOrder(List<BankEntryKey> keys) {
        // The keys are read once into arrays, so that the n log n comparisons of the sort read
        // no record or Optional.
        int count = keys.size();
        primaryKeys = new String[count];
        contentKeys = new String[count];
        for (int i = 0; i < count; i++) {
            primaryKeys[i] = keys.get(i).primary();
            contentKeys[i] = keys.get(i).contentKey();
        }
    }

    /**
     * Returns the positions of {@code keys} sorted as {@link BankEntryKey#MATCH_ORDER} sorts the
     * keys, equal keys in the order of their positions.
     */
    static int[] of(List<BankEntryKey> keys) {
        int[] positions = new int[keys.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        new MatchOrder(keys).sort(positions);
        return positions;
    }

    /**
     * Returns an unmodifiable list view of {@code positions}. Its {@code get} boxes each position
     * anew: JFR allocation samples of the import on OpenJDK 17.0.15 showed C2 keeping those boxes,
     * so hot loops read the array instead.
     */
    static List<Integer> asList(int[] positions) {
        return new Positions(positions);
    }

    /**
     * Sorts {@code positions} with a stable merge sort, because the JDK sorts an {@code int[]} by
     * value only.
     */
    private void sort(int[] positions) {
        mergeSort(positions.clone(), positions, 0, positions.length);
    }

    /**
     * Sorts {@code to} from {@code low} to {@code high}, using {@code from} as the other buffer.
     * Both contain the same positions in that range on entry.
     */
    private void mergeSort(int[] from, int[] to, int low, int high) {
        if (high - low < INSERTION_SORT_THRESHOLD) {
            insertionSort(to, low, high);
            return;
        }
        int middle = (low + high) >>> 1;
        mergeSort(to, from, low, middle);
        mergeSort(to, from, middle, high);
        if (compare(from[middle - 1], from[middle]) <= 0) {
            // The halves are in order already, as in a statement listed by key.
            System.arraycopy(from, low, to, low, high - low);
            return;
        }
        int left = low;
        int right = middle;
        for (int i = low; i < high; i++) {
            if (right >= high || (left < middle && compare(from[left], from[right]) <= 0)) {
                to[i] = from[left++];
            } else {
                to[i] = from[right++];
            }
        }
    }

    private void insertionSort(int[] positions, int low, int high) {
        for (int i = low + 1; i < high; i++) {
            int position = positions[i];
            int j = i;
            while (j > low && compare(positions[j - 1], position) > 0) {
                positions[j] = positions[j - 1];
                j--;
            }
            positions[j] = position;
        }
    }

    /** Compares the keys of two lines by primary key, then by content key. */
    private int compare(int first, int second) {
        int byPrimary = primaryKeys[first].compareTo(primaryKeys[second]);
        if (byPrimary != 0) {
            return byPrimary;
        }
        return contentKeys[first].compareTo(contentKeys[second]);
    }

    /** An unmodifiable list view of an {@code int} array. */
    private static final class Positions extends AbstractList<Integer> implements RandomAccess {

        private final int[] positions;

        Positions(int[] positions) {
            this.positions = positions;
        }

        @Override
        public Integer get(int index) {
            return positions[index];
        }

        @Override
        public int size() {
            return positions.length;
        }
    }
}
