package io.github.tahsilat.internal.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubsetSumTest {

    @Test
    void findsUniqueSubset() {
        SubsetSum.Outcome outcome = SubsetSum.find(new long[] {10, 20, 45}, 30, 1000);

        assertThat(outcome.subsets()).hasSize(1);
        assertThat(outcome.subsets().get(0)).containsExactly(0, 1);
        assertThat(outcome.exhausted()).isTrue();
    }

    @Test
    void reportsSecondSubsetAsAmbiguous() {
        SubsetSum.Outcome outcome = SubsetSum.find(new long[] {10, 20, 15, 15}, 30, 1000);

        assertThat(outcome.subsets()).hasSize(2);
        assertThat(outcome.subsets().get(0)).containsExactly(0, 1);
        assertThat(outcome.exhausted()).isFalse();
    }

    @Test
    void singleValueIsNoCombination() {
        SubsetSum.Outcome outcome = SubsetSum.find(new long[] {30, 5}, 30, 1000);

        assertThat(outcome.subsets()).isEmpty();
        assertThat(outcome.exhausted()).isTrue();
    }

    @Test
    void stopsWithoutAnswerWhenLimitTooSmall() {
        long[] values = {1, 2, 4, 8, 16, 32, 64, 128};

        SubsetSum.Outcome outcome = SubsetSum.find(values, 255, 5);

        assertThat(outcome.subsets()).isEmpty();
        assertThat(outcome.exhausted()).isFalse();
    }
}
