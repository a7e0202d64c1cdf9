package io.github.tahsilat.internal.reconciliation;

import java.util.ArrayList;
import java.util.List;

/**
 * A bounded, deterministic search for subsets of positive amounts whose sum equals a target.
 *
 * <p>The search walks the subsets depth first, deciding for each value in input order whether to
 * take it (first) or leave it, and prunes a branch once its sum exceeds the target or the values
 * left cannot reach it. It stops after examining {@code maxSteps} branches or after finding two
 * subsets, which is enough to tell a unique result from an ambiguous one. The same input always
 * gives the same result.
 *
 * <p>Stateless and thread-safe.
 */
public final class SubsetSum {

    private SubsetSum() {}

    /**
     * The outcome of a search.
     *
     * @param subsets up to two subsets, each as ascending indices into the values, in the order
     *     found; empty when none was found
     * @param exhausted whether the search examined every branch, so that an empty or single result
     *     is complete; {@code false} when it stopped at the step limit or at the second subset
     */
    public record Outcome(List<int[]> subsets, boolean exhausted) {}

    /**
     * Finds up to two subsets of {@code values} with at least two elements that sum to {@code
     * target}.
     *
     * @param values positive amounts in minor units, at most 62 of them
     * @param target the sum to reach, in the same unit
     * @param maxSteps the maximum number of branches to examine
     */
    public static Outcome find(long[] values, long target, int maxSteps) {
        long[] suffixSums = new long[values.length + 1];
        for (int i = values.length - 1; i >= 0; i--) {
            suffixSums[i] = suffixSums[i + 1] + values[i];
        }
        Search search = new Search(values, suffixSums, target, maxSteps);
        search.walk(0, 0, 0L);
        return new Outcome(List.copyOf(search.found), !search.stopped && search.found.size() < 2);
    }

    private static final class Search {
        private final long[] values;
        private final long[] suffixSums;
        private final long target;
        private final int maxSteps;
        private final List<int[]> found = new ArrayList<>();
        private int steps;
        private boolean stopped;

        Search(long[] values, long[] suffixSums, long target, int maxSteps) {
            this.values = values;
            this.suffixSums = suffixSums;
            this.target = target;
            this.maxSteps = maxSteps;
        }

        void walk(int index, long sum, long chosenBits) {
            if (found.size() >= 2 || stopped) {
                return;
            }
            if (++steps > maxSteps) {
                stopped = true;
                return;
            }
            if (sum == target) {
                if (Long.bitCount(chosenBits) >= 2) {
                    found.add(indices(chosenBits));
                }
                return;
            }
            if (index == values.length || sum + suffixSums[index] < target) {
                return;
            }
            if (sum + values[index] <= target) {
                walk(index + 1, sum + values[index], chosenBits | (1L << index));
            }
            walk(index + 1, sum, chosenBits);
        }

        private static int[] indices(long chosenBits) {
            int[] indices = new int[Long.bitCount(chosenBits)];
            int next = 0;
            for (int i = 0; i < Long.SIZE; i++) {
                if ((chosenBits & (1L << i)) != 0) {
                    indices[next++] = i;
                }
            }
            return indices;
        }
    }
}
