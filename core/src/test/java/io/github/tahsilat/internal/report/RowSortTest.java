package io.github.tahsilat.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RowSortTest {

    @Nested
    class ByUnsignedKey {

        @Test
        void negativeKeysSortAfterPositive() {
            long[] keys = {-1L, 5, Long.MIN_VALUE, 0, Long.MAX_VALUE};
            int[] rows = {0, 1, 2, 3, 4};

            RowSort.byUnsignedKey(rows, keys);

            assertThat(rows).containsExactly(3, 1, 4, 2, 0);
        }

        @Test
        void equalKeysKeepTheirOrder() {
            long[] keys = {7, 3, 7, 3, 7};
            int[] rows = {4, 3, 2, 1, 0};

            RowSort.byUnsignedKey(rows, keys);

            assertThat(rows).containsExactly(3, 1, 4, 2, 0);
        }

        @Test
        void randomKeysMatchUnsignedOrder() {
            SplittableRandom random = new SplittableRandom(3);
            long[] keys = new long[5_000];
            for (int i = 0; i < keys.length; i++) {
                // Every fourth key repeats an earlier one, to exercise ties.
                keys[i] = i % 4 == 3 ? keys[random.nextInt(i)] : random.nextLong();
            }
            int[] rows = IntStream.range(0, keys.length).toArray();
            Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
            Arrays.sort(
                    expected, Comparator.<Integer>comparingLong(row -> keys[row] ^ Long.MIN_VALUE));

            RowSort.byUnsignedKey(rows, keys);

            assertThat(rows).containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
        }

        @Test
        void noRowsStayEmpty() {
            int[] rows = {};

            RowSort.byUnsignedKey(rows, new long[0]);

            assertThat(rows).isEmpty();
        }
    }

    @Nested
    class ByKeyPrefix {

        @Test
        void prefixOrdersAndTiesKeepOrder() {
            // The top 20 bits, which two passes sort by, are 1, 1, 0, 2 and 1.
            long[] keys = {(1L << 44) + 9, 1L << 44, 5, 2L << 44, (1L << 44) + 3};
            int[] rows = {0, 1, 2, 3, 4};

            RowSort.byKeyPrefix(rows, keys, 2);

            assertThat(rows).containsExactly(2, 0, 1, 4, 3);
        }

        @Test
        void negativePrefixSortsLast() {
            long[] keys = {-1L, 1L << 62, 0, Long.MIN_VALUE};
            int[] rows = {0, 1, 2, 3};

            RowSort.byKeyPrefix(rows, keys, 1);

            assertThat(rows).containsExactly(2, 1, 3, 0);
        }

        @Test
        void prefixBitsGrowByDigit() {
            assertThat(RowSort.prefixBits(1)).isEqualTo(9);
            assertThat(RowSort.prefixBits(3)).isEqualTo(31);
            assertThat(RowSort.prefixBits(RowSort.MAX_PASSES)).isEqualTo(64);
        }

        @Test
        void passesGrowWithRows() {
            assertThat(RowSort.passesFor(0)).isEqualTo(2);
            assertThat(RowSort.passesFor(256)).isEqualTo(2);
            assertThat(RowSort.passesFor(50_000)).isEqualTo(3);
            assertThat(RowSort.passesFor(Integer.MAX_VALUE)).isEqualTo(4);
        }
    }

    @Nested
    class ByRank {

        @Test
        void lowerRankComesFirstAndTiesKeepOrder() {
            int[] codeOfRow = {0, 1, 2, 0, 1};
            int[] rankOfCode = {2, 0, 1};
            int[] rows = {0, 1, 2, 3, 4};

            RowSort.byRank(rows, codeOfRow, rankOfCode);

            assertThat(rows).containsExactly(1, 4, 2, 0, 3);
        }
    }

    @Nested
    class SortRuns {

        @Test
        void onlyRunsAreSorted() {
            int[] group = {0, 0, 0, 1, 1, 2};
            int[] rows = {2, 0, 1, 4, 3, 5};

            RowSort.sortRuns(rows, (a, b) -> Integer.compare(group[a], group[b]), Integer::compare);

            assertThat(rows).containsExactly(0, 1, 2, 3, 4, 5);
        }

        @Test
        void runsKeepTheirPlaces() {
            int[] group = {1, 1, 0, 0};
            int[] rows = {1, 0, 3, 2};

            RowSort.sortRuns(rows, (a, b) -> Integer.compare(group[a], group[b]), Integer::compare);

            assertThat(rows).containsExactly(0, 1, 2, 3);
        }
    }
}
