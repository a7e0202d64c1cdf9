package io.github.tahsilat.internal.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tahsilat.internal.money.MinorAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompactStatementMatchTest {

    /** The marks of the lines whose item no other line takes, by sort and by bits per slot. */
    @Nested
    class OnlyTakers {

        @Provide
        Arbitrary<int[]> slots() {
            return Arbitraries.integers().between(-1, 40).array(int[].class).ofMaxSize(60);
        }

        /** Returns, per position, whether it alone has its slot of 0 or more, pairwise. */
        private boolean[] onlyTakersByPairs(int[] slots) {
            boolean[] only = new boolean[slots.length];
            for (int position = 0; position < slots.length; position++) {
                only[position] = slots[position] >= 0;
                for (int other = 0; other < slots.length; other++) {
                    if (other != position && slots[other] == slots[position]) {
                        only[position] = false;
                    }
                }
            }
            return only;
        }

        @Property(tries = 1000)
        void sortAgreesWithPairwiseChecks(@ForAll("slots") int[] slots) {
            assertThat(CompactStatementMatch.onlyTakersBySort(slots))
                    .isEqualTo(onlyTakersByPairs(slots));
        }

        @Property(tries = 1000)
        void bitsAgreeWithPairwiseChecks(@ForAll("slots") int[] slots) {
            assertThat(CompactStatementMatch.onlyTakersByBits(slots, 41))
                    .isEqualTo(onlyTakersByPairs(slots));
        }

        @Test
        void bitsMarkSlotsTakenOnce() {
            int[] slots = {5, 3, 5, 63, 64, 127, 64, 0, -1, 128};

            boolean[] only = CompactStatementMatch.onlyTakersByBits(slots, 129);

            assertThat(only)
                    .containsExactly(
                            false, true, false, true, false, true, false, true, false, true);
        }

        @Test
        void sortMarksSlotsTakenOnce() {
            int[] slots = {5, 3, 5, 7, Integer.MAX_VALUE, 0, 7, 7, -1};

            boolean[] only = CompactStatementMatch.onlyTakersBySort(slots);

            assertThat(only)
                    .containsExactly(false, true, false, false, true, true, false, false, false);
        }

        @Test
        void sortOfNoLinesIsEmpty() {
            assertThat(CompactStatementMatch.onlyTakersBySort(new int[0])).isEmpty();
        }

        @Test
        void sortLeavesSlotsUnchanged() {
            int[] slots = {9, 1, 9, 4};

            CompactStatementMatch.onlyTakersBySort(slots);

            assertThat(slots).containsExactly(9, 1, 9, 4);
        }
    }

    /** The check that a line's own amount can replace the amount built from minor units. */
    @Nested
    class BuiltForm {

        private final CurrencyUnit eur = Monetary.getCurrency("EUR");
        private final CurrencyUnit jpy = Monetary.getCurrency("JPY");
        private final CurrencyUnit kwd = Monetary.getCurrency("KWD");

        @Provide
        Arbitrary<CurrencyUnit> currencies() {
            return Arbitraries.of(eur, jpy, kwd);
        }

        /** Returns the amount of {@code units} written with {@code extraZeros} trailing zeros. */
        private MonetaryAmount written(long units, CurrencyUnit currency, int extraZeros) {
            int digits = MinorAmount.fractionDigits(currency);
            return Money.of(
                    BigDecimal.valueOf(units, digits).setScale(digits + extraZeros), currency);
        }

        @Property(tries = 1000)
        void amountBuiltFromUnitsIsBuiltForm(
                @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long units,
                @ForAll("currencies") CurrencyUnit currency) {
            MonetaryAmount built = new MinorAmount(units, currency).toMonetaryAmount();

            assertThat(CompactStatementMatch.isBuiltForm(built, units, currency))
                    .isEqualTo(units != 0);
        }

        @Property(tries = 1000)
        void builtFormHasBuiltNumberAndText(
                @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long units,
                @ForAll("currencies") CurrencyUnit currency,
                @ForAll @IntRange(min = -2, max = 3) int extraZeros) {
            int digits = MinorAmount.fractionDigits(currency);
            // A negative count removes trailing zeros, so only units with that many are used.
            if (extraZeros < 0 && units % (long) Math.pow(10, -extraZeros) != 0) {
                return;
            }
            MonetaryAmount amount =
                    Money.of(
                            BigDecimal.valueOf(units, digits)
                                    .setScale(digits + extraZeros, RoundingMode.UNNECESSARY),
                            currency);
            MonetaryAmount built = new MinorAmount(units, currency).toMonetaryAmount();

            if (CompactStatementMatch.isBuiltForm(amount, units, currency)) {
                BigDecimal number = amount.getNumber().numberValue(BigDecimal.class);
                BigDecimal builtNumber = built.getNumber().numberValue(BigDecimal.class);
                assertThat(number.unscaledValue()).isEqualTo(builtNumber.unscaledValue());
                assertThat(number.scale()).isEqualTo(builtNumber.scale());
                assertThat(amount.getContext()).isEqualTo(built.getContext());
                assertThat(amount.toString()).isEqualTo(built.toString());
            }
        }

        @ParameterizedTest
        @CsvSource({
            "1500.00, EUR, 150000, true",
            "1500, EUR, 150000, false",
            "150.50, EUR, 15050, true",
            "150.5, EUR, 15050, true",
            "1500, JPY, 1500, true",
            "1.500, KWD, 1500, true",
        })
        void recognizesBuiltForm(String number, String code, long units, boolean expected) {
            CurrencyUnit currency = Monetary.getCurrency(code);
            MonetaryAmount amount = Money.of(new BigDecimal(number), currency);

            assertThat(CompactStatementMatch.isBuiltForm(amount, units, currency))
                    .isEqualTo(expected);
        }

        @Test
        void rejectsOtherAmountTypesAndCurrencies() {
            assertThat(CompactStatementMatch.isBuiltForm(FastMoney.of(15, eur), 1500, eur))
                    .isFalse();
            assertThat(CompactStatementMatch.isBuiltForm(Money.of(15, eur), 1500, jpy)).isFalse();
        }

        @Test
        void rejectsZero() {
            assertThat(CompactStatementMatch.isBuiltForm(Money.of(0, eur), 0, eur)).isFalse();
        }

        @Test
        void writtenWithExtraZerosIsBuiltForm() {
            assertThat(CompactStatementMatch.isBuiltForm(written(12345, eur, 3), 12345, eur))
                    .isTrue();
        }
    }
}
