package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TextKeyTableTest {

    /** Stores each key as its own value, as a bucket of items returns their shared key. */
    private static TextKeyTable<String> table() {
        return new TextKeyTable<>(value -> value);
    }

    /** Hashes a key to one of only 5 values, so that keys collide and probe runs grow long. */
    private static long weakHash(String key) {
        return Math.floorMod(key.hashCode(), 5);
    }

    @Nested
    class Lookups {

        @Test
        void missingKeyNotFound() {
            TextKeyTable<String> table = table();
            table.add(TextKeyHash.of("INV1"), "INV1");

            assertThat(table.get(TextKeyHash.of("INV2"), "INV2")).isNull();
            assertThat(table.containsHash(TextKeyHash.of("INV2"))).isFalse();
        }

        @Test
        void equalHashConfirmedByKey() {
            TextKeyTable<String> table = table();
            table.add(7, "INV1");
            table.add(7, "INV2");

            assertThat(table.get(7, "INV1")).isEqualTo("INV1");
            assertThat(table.get(7, "INV2")).isEqualTo("INV2");
            assertThat(table.get(7, "INV3")).isNull();
            assertThat(table.containsHash(7)).isTrue();
        }

        @Test
        void keyStoredTwiceRejected() {
            TextKeyTable<String> table = table();
            table.add(7, "INV1");

            assertThatThrownBy(() -> table.add(7, "INV1"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("key stored twice: INV1");
        }

        @Test
        void growthKeepsEveryKey() {
            TextKeyTable<String> table = table();
            for (int i = 0; i < 10_000; i++) {
                table.add(TextKeyHash.of("INV" + i), "INV" + i);
            }

            assertThat(table.size()).isEqualTo(10_000);
            for (int i = 0; i < 10_000; i++) {
                assertThat(table.get(TextKeyHash.of("INV" + i), "INV" + i)).isEqualTo("INV" + i);
            }
        }
    }

    @Nested
    class Removals {

        @Test
        void removedValueNotFound() {
            TextKeyTable<String> table = table();
            table.add(3, "A");
            table.add(3, "B");
            table.add(4, "C");

            assertThat(table.removeValue(3, "A")).isTrue();

            assertThat(table.get(3, "A")).isNull();
            assertThat(table.get(3, "B")).isEqualTo("B");
            assertThat(table.get(4, "C")).isEqualTo("C");
            assertThat(table.size()).isEqualTo(2);
        }

        @Test
        void absentValueNotRemoved() {
            TextKeyTable<String> table = table();
            table.add(3, "A");

            assertThat(table.removeValue(3, "B")).isFalse();
            assertThat(table.size()).isEqualTo(1);
        }
    }

    /** Keys of one or two letters, so that a run of operations adds and removes the same keys. */
    @Provide
    Arbitrary<List<String>> operations() {
        return Arbitraries.strings()
                .withCharRange('A', 'H')
                .ofMinLength(1)
                .ofMaxLength(2)
                .list()
                .ofMaxSize(300);
    }

    /**
     * Toggles each key: adds it when absent and removes it when present. After every step the table
     * finds exactly the keys that a hash map contains, under a hash that makes most keys collide.
     */
    @Property
    void matchesHashMapUnderCollisions(@ForAll("operations") List<String> keys) {
        TextKeyTable<String> table = table();
        Map<String, String> expected = new HashMap<>();
        for (String key : keys) {
            if (expected.remove(key) != null) {
                assertThat(table.removeValue(weakHash(key), table.get(weakHash(key), key)))
                        .isTrue();
            } else {
                expected.put(key, key);
                table.add(weakHash(key), key);
            }

            assertThat(table.size()).isEqualTo(expected.size());
            for (String stored : expected.keySet()) {
                assertThat(table.get(weakHash(stored), stored)).isEqualTo(stored);
            }
        }
        for (String key : keys) {
            assertThat(table.get(weakHash(key), key)).isEqualTo(expected.get(key));
        }
    }
}
