package io.github.tahsilat.internal.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.reconciliation.BankEntryKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@code MatchOrder} sorts positions as a stable sort of the keys by {@link
 * BankEntryKey#MATCH_ORDER} does.
 */
class MatchOrderPropertiesTest {

    /**
     * Keys from few texts, so that primary keys tie and whole keys repeat, in lists long enough for
     * the merge steps above the insertion sort.
     */
    @Provide
    Arbitrary<List<BankEntryKey>> keyLists() {
        Arbitrary<Optional<String>> reference =
                Arbitraries.of("ref:A:1", "ref:A:10", "ref:A:2", "ref:B:1").optional(0.6);
        Arbitrary<String> content =
                Arbitraries.of("sha256:ab#1", "sha256:ab#2", "sha256:b#1", "sha256:ab#10");
        Arbitrary<BankEntryKey> key = Combinators.combine(reference, content).as(BankEntryKey::new);
        return key.list().ofMaxSize(200);
    }

    @Property(tries = 1000)
    void sortsAsStableSortByMatchOrder(@ForAll("keyLists") List<BankEntryKey> keys) {
        List<Integer> expected = new ArrayList<>(IntStream.range(0, keys.size()).boxed().toList());
        expected.sort(Comparator.comparing(keys::get, BankEntryKey.MATCH_ORDER));

        int[] order = MatchOrder.of(keys);

        assertThat(order).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void listViewReadsPositions() {
        List<Integer> view = MatchOrder.asList(new int[] {2, 0, 1});

        assertThat(view).containsExactly(2, 0, 1);
        assertThatThrownBy(() -> view.set(0, 1)).isInstanceOf(UnsupportedOperationException.class);
    }
}
