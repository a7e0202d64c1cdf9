package io.github.tahsilat.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.reconciliation.BankEntryKey;
import io.github.tahsilat.reconciliation.BankLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * {@code CompactStatementMatch.allPaymentsNotBooked}, which compares each line's primary key with
 * the one before it in the matcher's order, agrees with a check that keeps every earlier line's
 * keys in sets, on the keys that {@link BankEntryKey#forStatement} gives.
 */
class BookedCheckPropertiesTest {

    private static final Comparator<BankEntryKey> KEY_ORDER =
            Comparator.comparing(BankEntryKey::primary).thenComparing(BankEntryKey::contentKey);

    /**
     * Statements with repeated lines, repeated and shared bank references, reversals, returns with
     * a negative amount, and lines that book only charges: a debit whose charge equals it.
     */
    @Provide
    Arbitrary<List<BankLine>> statements() {
        Arbitrary<Integer> cents = Arbitraries.of(-2, -1, 1, 2, 3);
        Arbitrary<Optional<String>> reference = Arbitraries.of("R1", "R2", "R3").optional(0.5);
        Arbitrary<String> text = Arbitraries.of("INV-1", "INV-2");
        Arbitrary<Boolean> reversal = Arbitraries.of(false, false, false, true);
        Arbitrary<Integer> chargeCents = Arbitraries.of(0, 0, 1, 2);
        Arbitrary<BankLine> line =
                Combinators.combine(cents, chargeCents, reference, text, reversal)
                        .as(BookedCheckPropertiesTest::line);
        return line.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 2000)
    void agreesWithCheckOverSets(
            @ForAll("statements") List<BankLine> lines,
            @ForAll("skippedPicks") List<Integer> skippedPicks) {
        List<BankEntryKey> keys = BankEntryKey.forStatement(lines);
        Set<String> skipped = new HashSet<>();
        for (int pick : skippedPicks) {
            if (pick < keys.size()) {
                skipped.addAll(keys.get(pick).keysToRecord());
            }
        }
        List<Integer> order = matcherOrder(keys);
        BankEntryKey[] keysInOrder = order.stream().map(keys::get).toArray(BankEntryKey[]::new);
        BankLine[] linesInOrder = order.stream().map(lines::get).toArray(BankLine[]::new);

        boolean notBooked =
                CompactStatementMatch.allPaymentsNotBooked(keysInOrder, linesInOrder, skipped);

        assertThat(notBooked).isEqualTo(checkOverSets(order, keys, lines, skipped));
    }

    @Test
    void rejectsChargesOnlyAndReturns() {
        BankLine payment = line(2, 0, Optional.of("R1"), "INV-1", false);
        BankLine chargesOnly = line(-1, 1, Optional.of("R2"), "INV-1", false);
        BankLine returned = line(-2, 1, Optional.of("R3"), "INV-2", false);
        BankLine reversal = line(1, 0, Optional.of("R3"), "INV-2", true);

        assertThat(chargesOnly.isChargesOnly()).isTrue();
        assertThat(notBooked(List.of(payment))).isTrue();
        assertThat(notBooked(List.of(payment, chargesOnly))).isFalse();
        assertThat(notBooked(List.of(returned, payment))).isFalse();
        assertThat(notBooked(List.of(reversal))).isFalse();
    }

    private static boolean notBooked(List<BankLine> lines) {
        List<BankEntryKey> keys = BankEntryKey.forStatement(lines);
        List<Integer> order = matcherOrder(keys);
        return CompactStatementMatch.allPaymentsNotBooked(
                order.stream().map(keys::get).toArray(BankEntryKey[]::new),
                order.stream().map(lines::get).toArray(BankLine[]::new),
                Set.of());
    }

    /** Positions of lines whose keys go into the skipped set, mostly none. */
    @Provide
    Arbitrary<List<Integer>> skippedPicks() {
        return Arbitraries.integers().between(0, 40).list().ofMaxSize(2);
    }

    private static BankLine line(
            int cents, int chargeCents, Optional<String> reference, String text, boolean reversal) {
        BankLine.Builder line =
                BankLine.builder()
                        .accountId("TR330006100519786457841326")
                        .bookingDate(LocalDate.of(2025, 3, 14))
                        .amount(Money.of(BigDecimal.valueOf(cents, 2), "EUR"))
                        .remittanceText(text)
                        .reversal(reversal);
        // A debit's amount includes its charges, so they are at most its size.
        int charged = cents < 0 ? Math.min(chargeCents, -cents) : chargeCents;
        if (charged > 0) {
            line.charge(Money.of(BigDecimal.valueOf(charged, 2), "EUR"));
        }
        reference.ifPresent(line::accountServicerReference);
        return line.build();
    }

    private static List<Integer> matcherOrder(List<BankEntryKey> keys) {
        Integer[] positions = new Integer[keys.size()];
        Arrays.setAll(positions, i -> i);
        Arrays.sort(positions, Comparator.comparing(keys::get, KEY_ORDER));
        return Arrays.asList(positions);
    }

    /**
     * Returns whether no line is a reversal or booked in {@code skipped} or by an earlier line in
     * {@code order}, by the rule of {@link BankEntryKey#isBookedIn} over sets of the earlier lines'
     * keys.
     */
    private static boolean checkOverSets(
            List<Integer> order,
            List<BankEntryKey> keys,
            List<BankLine> lines,
            Set<String> skipped) {
        Set<String> earlier = new HashSet<>();
        for (int i : order) {
            BankEntryKey key = keys.get(i);
            BankLine line = lines.get(i);
            if (line.isReturnOrReversal()
                    || line.isChargesOnly()
                    || key.isBookedIn(skipped)
                    || key.isBookedIn(earlier)) {
                return false;
            }
            earlier.addAll(key.keysToRecord());
        }
        return true;
    }
}
