package io.github.tahsilat.persistence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CounterpartyBucketTest {

    @Nested
    class Hash {

        /** Expected values from {@code md5sum} of the id's text, first eight hex digits. */
        @ParameterizedTest
        @CsvSource({
            "00000000-0000-0000-0000-000000000000, 2676607050",
            "00000000-0000-0000-0000-000000000001, 3378874862",
            "9b2d5c1e-4f3a-4e8b-9c7d-1a2b3c4d5e6f, 4171268550",
        })
        void hashIsMd5Prefix(String id, long hash) {
            assertThat(CounterpartyBucket.hashOf(UUID.fromString(id))).isEqualTo(hash);
        }

        @Test
        void hashUsesLowerCaseText() {
            UUID upper = UUID.fromString("9B2D5C1E-4F3A-4E8B-9C7D-1A2B3C4D5E6F");

            assertThat(CounterpartyBucket.hashOf(upper)).isEqualTo(4171268550L);
        }
    }

    @Nested
    class Ranges {

        @ParameterizedTest
        @CsvSource({
            "0, 1, 0, 4294967296",
            "0, 3, 0, 1431655766",
            "1, 3, 1431655766, 2863311531",
            "2, 3, 2863311531, 4294967296",
            "4095, 4096, 4293918720, 4294967296",
        })
        void rangeBounds(int bucket, int count, long from, long to) {
            CounterpartyBucket range = new CounterpartyBucket(bucket, count);

            assertThat(range.fromHash()).isEqualTo(from);
            assertThat(range.toHash()).isEqualTo(to);
        }

        @ParameterizedTest
        @CsvSource({
            "00000000-0000-0000-0000-000000000000, 16, 9",
            "00000000-0000-0000-0000-000000000001, 16, 12",
            "9b2d5c1e-4f3a-4e8b-9c7d-1a2b3c4d5e6f, 7, 6",
        })
        void bucketOfMatchesRange(String id, int count, int bucket) {
            UUID counterparty = UUID.fromString(id);

            CounterpartyBucket found = CounterpartyBucket.of(counterparty, count);

            assertThat(found).isEqualTo(new CounterpartyBucket(bucket, count));
            assertThat(found.contains(counterparty)).isTrue();
            assertThat(new CounterpartyBucket((bucket + 1) % count, count).contains(counterparty))
                    .isFalse();
        }

        @Test
        void bucketsPartitionRandomIds() {
            int count = 37;
            for (int i = 0; i < 2_000; i++) {
                UUID id = UUID.randomUUID();
                int owners = 0;
                for (int bucket = 0; bucket < count; bucket++) {
                    if (new CounterpartyBucket(bucket, count).contains(id)) {
                        owners++;
                    }
                }
                assertThat(owners).as("buckets containing %s", id).isEqualTo(1);
            }
        }
    }

    @Nested
    class Validation {

        @ParameterizedTest
        @CsvSource({"0, 0", "0, 4097", "-1, 4", "4, 4"})
        void rejectsOutOfRange(int bucket, int count) {
            assertThatThrownBy(() -> new CounterpartyBucket(bucket, count))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("invalid bucket");
        }

        @Test
        void ofRejectsCountOutOfRange() {
            assertThatThrownBy(() -> CounterpartyBucket.of(UUID.randomUUID(), 0))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("invalid bucket count: 0; expected a number from 1 to 4096");
        }
    }
}
