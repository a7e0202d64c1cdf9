package io.github.tahsilat.internal.service;

import io.github.tahsilat.reconciliation.BankEntryKey;
import java.util.List;

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

    /**
     * Per position, the characters of the primary key that follow the prefix all primary keys
     * share, packed by {@link #pack} so that comparing two heads as signed longs orders them as
     * {@link String#compareTo} orders the keys, or finds them equal.
     */
    private final long[] primaryHeads;

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
        primaryHeads = packHeads(primaryKeys);
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
     * Packs the characters of each key after the prefix that all keys share: 8 characters of 8 bits
     * when all packed characters are Latin-1, else 4 characters of 16 bits.
     */
    static long[] packHeads(String[] keys) {
        int shared = sharedPrefixLength(keys);
        long[] heads = new long[keys.length];
        int allChars = 0;
        for (int i = 0; i < keys.length; i++) {
            // One pass reads each key's characters once. It packs them 8 bits each and ors them
            // together, which shows whether 8 bits kept every character whole.
            String key = keys[i];
            int end = Math.min(key.length(), shared + Long.SIZE / Byte.SIZE);
            long packed = 0;
            for (int at = shared; at < shared + Long.SIZE / Byte.SIZE; at++) {
                packed <<= Byte.SIZE;
                if (at < end) {
                    char c = key.charAt(at);
                    packed |= c;
                    allChars |= c;
                }
            }
            heads[i] = packed ^ Long.MIN_VALUE;
        }
        if (allChars > 0xFF) {
            for (int i = 0; i < keys.length; i++) {
                heads[i] = pack(keys[i], shared, Character.SIZE);
            }
        }
        return heads;
    }

    /**
     * Returns the length of the prefix that all keys share. It is the prefix that the least and the
     * greatest key share, because every key between them in order starts with it too.
     */
    static int sharedPrefixLength(String[] keys) {
        if (keys.length == 0) {
            return 0;
        }
        String least = keys[0];
        String greatest = keys[0];
        for (String key : keys) {
            if (key.compareTo(least) < 0) {
                least = key;
            } else if (key.compareTo(greatest) > 0) {
                greatest = key;
            }
        }
        int length = Math.min(least.length(), greatest.length());
        int shared = 0;
        while (shared < length && least.charAt(shared) == greatest.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    /**
     * Packs the characters of {@code key} from {@code from} into a long, {@code bitsPerChar} bits
     * each, the first character in the highest bits and 0 in place of those past the end of the
     * key. A character must fit into {@code bitsPerChar} bits. Because a key that ends first sorts
     * first, as its padding of 0 does, comparing two packed keys as unsigned longs gives the order
     * of the keys or finds them equal. The sign bit is flipped so that signed comparison does it.
     */
    static long pack(String key, int from, int bitsPerChar) {
        int chars = Long.SIZE / bitsPerChar;
        int end = Math.min(key.length(), from + chars);
        long packed = 0;
        for (int i = from; i < from + chars; i++) {
            packed <<= bitsPerChar;
            if (i < end) {
                packed |= key.charAt(i);
            }
        }
        return packed ^ Long.MIN_VALUE;
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

    /**
     * Compares the keys of two lines by primary key, then by content key. The packed heads of the
     * primary keys decide most comparisons from one array, and the strings only equal heads.
     */
    private int compare(int first, int second) {
        long firstHead = primaryHeads[first];
        long secondHead = primaryHeads[second];
        if (firstHead != secondHead) {
            return firstHead < secondHead ? -1 : 1;
        }
        int byPrimary = primaryKeys[first].compareTo(primaryKeys[second]);
        if (byPrimary != 0) {
            return byPrimary;
        }
        return contentKeys[first].compareTo(contentKeys[second]);
    }
}
