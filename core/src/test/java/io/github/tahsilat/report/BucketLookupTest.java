package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BucketLookupTest {

    // jqwik properties sit outside the JUnit @Nested classes, which jqwik does not run.
    @Property
    void standardLookupMatchesIndexOf(@ForAll long days) {
        BucketLookup lookup = new BucketLookup(AgingBuckets.standard().upperBounds());

        assertThat(lookup.bucketOf(days)).isEqualTo(AgingBuckets.standard().indexOf(days));
    }

    @Property
    void customLookupMatchesIndexOf(
            @ForAll @LongRange(min = -1_000, max = 1_000) long firstBound,
            @ForAll @IntRange(min = 1, max = 400) int step,
            @ForAll @LongRange(min = -3_000, max = 3_000) long days) {
        long[] bounds = {firstBound, firstBound + step, firstBound + 3L * step};
        AgingBuckets buckets = AgingBuckets.ofUpperBounds(List.of("a", "b", "c", "d"), bounds);

        assertThat(new BucketLookup(bounds).bucketOf(days)).isEqualTo(buckets.indexOf(days));
    }

    @Nested
    class Bounds {

        @ParameterizedTest
        @CsvSource({
            "-9223372036854775808, 0",
            "0, 0",
            "1, 1",
            "30, 1",
            "31, 2",
            "90, 3",
            "91, 4",
            "9223372036854775807, 4"
        })
        void standardBucketOfAge(long days, int expected) {
            BucketLookup lookup = new BucketLookup(AgingBuckets.standard().upperBounds());

            assertThat(lookup.bucketOf(days)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "-9223372036854775808, 0",
            "-9223372036854775807, 0",
            "-9223372036854775806, 1",
            "0, 1",
            "9223372036854775806, 1",
            "9223372036854775807, 2"
        })
        void widestBoundsFallBackToSearch(long days, int expected) {
            BucketLookup lookup =
                    new BucketLookup(new long[] {Long.MIN_VALUE + 1, Long.MAX_VALUE - 1});

            assertThat(lookup.bucketOf(days)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"-9223372036854775808, 0", "0, 0", "9223372036854775807, 0"})
        void singleBucketTakesEveryAge(long days, int expected) {
            assertThat(new BucketLookup(new long[0]).bucketOf(days)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"0, 0", "16384, 1", "16385, 2"})
        void widestTabledSpanStaysExact(long days, int expected) {
            BucketLookup lookup = new BucketLookup(new long[] {0, BucketLookup.MAX_SPAN});

            assertThat(lookup.bucketOf(days)).isEqualTo(expected);
        }
    }
}
