package io.github.tahsilat.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextKeySlotsTest {

    /** One change: set the head of hash number {@code key} to {@code slot}, -1 to remove it. */
    record Change(int key, int slot) {}

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change =
                Combinators.combine(
                                Arbitraries.integers().between(0, 300),
                                Arbitraries.integers().between(-1, 50))
                        .as(Change::new);
        return change.list().ofMaxSize(2_000);
    }

    /** Spreads small numbers over the hash space as {@link TextKeyHash} does for keys. */
    private static long hash(int key) {
        return TextKeyHash.ofNumbers(key, 7);
    }

    @Property(tries = 200)
    void headsMatchMap(@ForAll("changes") List<Change> changes) {
        TextKeySlots table = new TextKeySlots();
        Map<Integer, Integer> model = new HashMap<>();
        for (Change change : changes) {
            table.setHead(hash(change.key()), change.slot());
            if (change.slot() < 0) {
                model.remove(change.key());
            } else {
                model.put(change.key(), change.slot());
            }
        }

        assertThat(table.size()).isEqualTo(model.size());
        for (int key = 0; key <= 300; key++) {
            assertThat(table.head(hash(key))).isEqualTo(model.getOrDefault(key, -1));
        }
    }

    @Nested
    class Tags {

        @Test
        void equalUpperHalvesShareEntry() {
            TextKeySlots table = new TextKeySlots();
            long hash = 0x1234_5678_0000_0001L;

            table.setHead(hash, 4);
            table.setHead(0x1234_5678_FFFF_FFFFL, 9);

            assertThat(table.size()).isEqualTo(1);
            assertThat(table.head(hash)).isEqualTo(9);
        }

        @Test
        void removedHashIsMissing() {
            TextKeySlots table = new TextKeySlots();
            for (int key = 0; key < 1_000; key++) {
                table.setHead(hash(key), key);
            }
            for (int key = 0; key < 1_000; key += 2) {
                table.setHead(hash(key), -1);
            }

            assertThat(table.size()).isEqualTo(500);
            assertThat(table.head(hash(10))).isEqualTo(-1);
            assertThat(table.head(hash(11))).isEqualTo(11);
            assertThat(table.head(hash(999))).isEqualTo(999);
        }

        @Test
        void largestSlotRoundTrips() {
            TextKeySlots table = new TextKeySlots();

            table.setHead(hash(1), Integer.MAX_VALUE - 1);

            assertThat(table.head(hash(1))).isEqualTo(Integer.MAX_VALUE - 1);
        }
    }

    @Nested
    class Growth {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "12, 20",
            "20, 28",
            "28, 44",
            "2097148, 3145724",
            "3145724, 4194300",
        })
        void lengthGrowsToNextSize(int length, int expected) {
            assertThat(TextKeySlots.grownLength(length)).isEqualTo(expected);
        }

        @Test
        void tableStaysAtMostHalfFull() {
            TextKeySlots table = new TextKeySlots();

            for (int key = 0; key < 100_000; key++) {
                table.setHead(hash(key), key);
                assertThat(2L * table.size()).isLessThanOrEqualTo(table.length());
            }

            assertThat(table.length()).isEqualTo(262_140);
            for (int key = 0; key < 100_000; key++) {
                assertThat(table.head(hash(key))).isEqualTo(key);
            }
        }
    }
}
