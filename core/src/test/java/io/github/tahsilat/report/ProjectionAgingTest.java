package io.github.tahsilat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectionAgingTest {

    static final long[] STANDARD_BOUNDS = AgingBuckets.standard().upperBounds();

    // A jqwik property, so it sits outside the JUnit @Nested class, which jqwik does not run.
    @Property
    void bucketMatchesIndexOf(@ForAll @LongRange(min = -400, max = 400) long days) {
        assertThat(ProjectionAging.bucket(days, STANDARD_BOUNDS))
                .isEqualTo(AgingBuckets.standard().indexOf(days));
    }

    @Nested
    class Bucket {

        @ParameterizedTest
        @CsvSource({
            "-9223372036854775808, 0",
            "-5, 0",
            "0, 0",
            "1, 1",
            "30, 1",
            "31, 2",
            "60, 2",
            "61, 3",
            "90, 3",
            "91, 4",
            "9223372036854775807, 4"
        })
        void standardBucketOfAge(long days, int expected) {
            assertThat(ProjectionAging.bucket(days, STANDARD_BOUNDS)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"-2, 0", "-1, 0", "0, 1", "7, 1", "8, 2"})
        void customBoundsBucketOfAge(long days, int expected) {
            AgingBuckets buckets = AgingBuckets.ofUpperBounds(List.of("a", "b", "c"), -1, 7);

            assertThat(ProjectionAging.bucket(days, buckets.upperBounds())).isEqualTo(expected);
        }
    }
}
