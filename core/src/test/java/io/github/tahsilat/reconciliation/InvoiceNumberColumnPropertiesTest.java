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
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * After any sequence of writes and clears, each slot of an invoice-number column reads back the
 * last number written to it, and two slots compare as their strings do.
 */
class InvoiceNumberColumnPropertiesTest {

    private static final int SLOTS = 24;

    @Property(tries = 300)
    void columnReadsBackLastNumbers(@ForAll("writes") List<Tuple2<Integer, String>> writes) {
        InvoiceNumberColumn column = new InvoiceNumberColumn(SLOTS);
        Map<Integer, String> expected = new HashMap<>();

        for (Tuple2<Integer, String> write : writes) {
            int slot = write.get1();
            String number = write.get2();
            if (number == null) {
                column.clear(slot);
                expected.remove(slot);
            } else {
                column.set(slot, number);
                expected.put(slot, number);
            }
        }

        for (int slot = 0; slot < SLOTS; slot++) {
            assertThat(column.contains(slot)).isEqualTo(expected.containsKey(slot));
            if (expected.containsKey(slot)) {
                assertThat(column.get(slot)).isEqualTo(expected.get(slot));
            }
        }
        for (int left : expected.keySet()) {
            for (int right : expected.keySet()) {
                int order = expected.get(left).compareTo(expected.get(right));
                assertThat(Integer.signum(column.compare(left, right)))
                        .isEqualTo(Integer.signum(order));
            }
        }
    }

    @Provide
    Arbitrary<List<Tuple2<Integer, String>>> writes() {
        int max = InvoiceNumberColumn.MAX_LENGTH;
        Arbitrary<String> latin1 =
                Arbitraries.strings()
                        .withCharRange('\u0000', '\u00FF')
                        .ofMinLength(1)
                        .ofMaxLength(max);
        Arbitrary<String> any = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(max);
        Arbitrary<String> close =
                Arbitraries.strings().withChars("AB1Şÿ").ofMinLength(1).ofMaxLength(4);
        Arbitrary<String> numbers = Arbitraries.oneOf(latin1, any, close);
        // A null number clears the slot.
        Arbitrary<String> numberOrClear = numbers.injectNull(0.2);
        Arbitrary<Tuple2<Integer, String>> write =
                Combinators.combine(Arbitraries.integers().between(0, SLOTS - 1), numberOrClear)
                        .as(Tuple::of);
        return write.list().ofMaxSize(2_000);
    }
}
