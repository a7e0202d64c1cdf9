package io.github.tahsilat.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Keys whose primary keys share a long prefix and differ in tails from a small alphabet, so
     * that their packed heads often tie, tails end inside and past the packed characters, and
     * primary keys repeat. Half of the lists use Latin-1 characters only, so 8 characters are
     * packed. The others mix in characters above Latin-1 and lone surrogates, so 4 are. In a third
     * of the lists, some keys have no reference key, so their primary key is a content key and the
     * shared prefix is short or empty.
     */
    @Provide
    Arbitrary<List<BankEntryKey>> keyListsWithLongPrefixes() {
        Arbitrary<String> latin1Tails =
                Arbitraries.strings().withChars('\u0000', '0', '1', 'A', '\u00FF').ofMaxLength(12);
        Arbitrary<String> wideTails =
                Arbitraries.strings()
                        .withChars('\u0000', '1', '\u00FF', '\u015E', '\uD83D', '\uFFFF')
                        .ofMaxLength(12);
        Arbitrary<String> accountPrefixes =
                Arbitraries.of("ref:TR330006100519786457841326:ASR", "ref:\u015E\u0130RKET:");
        Arbitrary<Double> withoutReference = Arbitraries.of(0.0, 0.0, 0.1);
        return Combinators.combine(
                        Arbitraries.of(latin1Tails, wideTails), accountPrefixes, withoutReference)
                .flatAs(MatchOrderPropertiesTest::keyListsWithTails);
    }

    private static Arbitrary<List<BankEntryKey>> keyListsWithTails(
            Arbitrary<String> tails, String accountPrefix, double withoutReference) {
        Arbitrary<Optional<String>> reference =
                tails.map(accountPrefix::concat).optional(1 - withoutReference);
        Arbitrary<String> content =
                tails.map(tail -> "sha256:9f86d081884c7d659a2feaa0c55ad015" + tail);
        Arbitrary<BankEntryKey> key = Combinators.combine(reference, content).as(BankEntryKey::new);
        return key.list().ofMaxSize(200);
    }

    @Property(tries = 1000)
    void sortsAsStableSortByMatchOrder(@ForAll("keyLists") List<BankEntryKey> keys) {
        assertSortsAsStableSort(keys);
    }

    @Property(tries = 1000)
    void sortsKeysWithLongSharedPrefixes(
            @ForAll("keyListsWithLongPrefixes") List<BankEntryKey> keys) {
        assertSortsAsStableSort(keys);
    }

    @Test
    void sortsEqualPrimariesByContentKey() {
        List<BankEntryKey> keys =
                List.of(
                        new BankEntryKey(Optional.of("ref:A:1"), "sha256:c#1"),
                        new BankEntryKey(Optional.of("ref:A:1"), "sha256:a#1"),
                        new BankEntryKey(Optional.empty(), "sha256:b#1"),
                        new BankEntryKey(Optional.of("ref:A:1"), "sha256:a#1"));

        int[] order = MatchOrder.of(keys);

        assertThat(order).containsExactly(1, 3, 0, 2);
    }

    @Test
    void packedHeadsOrderAsStrings() {
        String[] keys = {"ref:X:\u0000", "ref:X:", "ref:X:\u00FFa", "ref:X:b", "ref:X:123456789"};

        long[] heads = MatchOrder.packHeads(keys);

        assertThat(heads[1]).isEqualTo(heads[0]);
        assertThat(heads[1]).isLessThan(heads[4]);
        assertThat(heads[4]).isLessThan(heads[3]);
        assertThat(heads[3]).isLessThan(heads[2]);
    }

    @Test
    void sharedPrefixLengthOfLeastAndGreatest() {
        assertThat(MatchOrder.sharedPrefixLength(new String[] {"ref:AB1", "ref:AB22", "ref:AC"}))
                .isEqualTo(5);
        assertThat(MatchOrder.sharedPrefixLength(new String[] {"ref:A", "ref:AB"})).isEqualTo(5);
        assertThat(MatchOrder.sharedPrefixLength(new String[] {"ref:A", "sha256:a"})).isZero();
        assertThat(MatchOrder.sharedPrefixLength(new String[0])).isZero();
    }

    private static void assertSortsAsStableSort(List<BankEntryKey> keys) {
        List<Integer> expected = new ArrayList<>(IntStream.range(0, keys.size()).boxed().toList());
        expected.sort(Comparator.comparing(keys::get, BankEntryKey.MATCH_ORDER));

        int[] order = MatchOrder.of(keys);

        assertThat(order).containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
    }
}
