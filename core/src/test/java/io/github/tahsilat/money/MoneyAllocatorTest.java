package io.github.tahsilat.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyAllocatorTest {

    private final MoneyAllocator halfUp = MoneyAllocator.withRounding(RoundingMode.HALF_UP);

    @Nested
    class EqualParts {

        @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "100.00 | EUR | 3  | 33.33 33.33 33.34",
                    "1000   | JPY | 3  | 333 333 334",
                    "10.000 | KWD | 3  | 3.333 3.333 3.334",
                    "30000.00 | USD | 3 | 10000.00 10000.00 10000.00",
                    "360.00 | USD | 6  | 60.00 60.00 60.00 60.00 60.00 60.00",
                    "1000.00 | EUR | 4 | 250.00 250.00 250.00 250.00",
                    "1      | CLP | 1  | 1",
                    "0.02   | EUR | 3  | 0.01 0.01 0.00",
                })
        void lastPartTakesTheRest(String total, String currency, int parts, String expected) {
            List<MonetaryAmount> split =
                    halfUp.splitEqually(Money.of(new BigDecimal(total), currency), parts);

            assertThat(split).isEqualTo(amounts(currency, expected));
        }

        @Test
        void tenCentsInFifteenHasNoNegativePart() {
            List<MonetaryAmount> split =
                    halfUp.splitEqually(Money.of(new BigDecimal("0.10"), "EUR"), 15);

            assertThat(split).allSatisfy(part -> assertThat(part.isNegative()).isFalse());
            assertThat(sum(split)).isEqualTo(Money.of(new BigDecimal("0.10"), "EUR"));
            assertThat(split.stream().filter(MonetaryAmount::isPositive)).hasSize(10);
        }

        @Test
        void negativeTotalGivesNegativeParts() {
            List<MonetaryAmount> split =
                    halfUp.splitEqually(Money.of(new BigDecimal("-100.00"), "EUR"), 3);

            assertThat(split).isEqualTo(amounts("EUR", "-33.33 -33.33 -33.34"));
        }

        @Test
        void zeroPartsRejected() {
            assertThatThrownBy(() -> halfUp.splitEqually(Money.of(10, "EUR"), 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("parts")
                    .hasMessageContaining("0");
        }
    }

    @Nested
    class Percentages {

        @ParameterizedTest(name = "{0} {1} at {2} -> {3}")
        @CsvSource(
                delimiter = '|',
                value = {
                    "5.47     | EUR | 33.34 33.33 33.33  | 1.82 1.82 1.83",
                    "30000.00 | USD | 33.334 33.333 33.333 | 10000.20 9999.90 9999.90",
                    "360.00   | USD | 16.67 16.67 16.67 16.67 16.66 16.66 | 60.01 60.01 60.01 60.01 59.98 59.98",
                    "100      | JPY | 50 50 | 50 50",
                })
        void lastPartTakesTheRest(
                String total, String currency, String percentages, String expected) {
            List<BigDecimal> weights =
                    Arrays.stream(percentages.split(" ")).map(BigDecimal::new).toList();

            List<MonetaryAmount> split =
                    halfUp.splitByPercentages(Money.of(new BigDecimal(total), currency), weights);

            assertThat(split).isEqualTo(amounts(currency, expected));
        }

        @Test
        void percentagesNotAddingToHundredRejected() {
            List<BigDecimal> weights = List.of(new BigDecimal("33.33"), new BigDecimal("33.33"));

            assertThatThrownBy(() -> halfUp.splitByPercentages(Money.of(10, "EUR"), weights))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("66.66");
        }
    }

    @Nested
    class Rounding {

        @Test
        void halfEvenRoundsTiesToEven() {
            MoneyAllocator halfEven = MoneyAllocator.withRounding(RoundingMode.HALF_EVEN);
            // Shares of 0.05 EUR by 1:1:2 are 1.25, 1.25 and 2.5 cents.
            List<BigDecimal> ratios =
                    List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(2));

            List<MonetaryAmount> even =
                    halfEven.splitByRatios(Money.of(new BigDecimal("0.05"), "EUR"), ratios);
            List<MonetaryAmount> up =
                    halfUp.splitByRatios(Money.of(new BigDecimal("0.05"), "EUR"), ratios);

            assertThat(even).isEqualTo(amounts("EUR", "0.01 0.01 0.03"));
            assertThat(up).isEqualTo(amounts("EUR", "0.01 0.01 0.03"));
        }

        @Test
        void unnecessaryModeRejected() {
            assertThatThrownBy(() -> MoneyAllocator.withRounding(RoundingMode.UNNECESSARY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("HALF_UP");
        }

        @Test
        void fractionBelowMinorUnitRejected() {
            assertThatThrownBy(() -> halfUp.splitEqually(Money.of(1239.7, "JPY"), 2))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1239.7 JPY")
                    .hasMessageContaining("at most 0 decimals");
        }
    }

    @Nested
    class Limits {

        @Test
        void smallestLongTotalRejected() {
            // -92,233,720,368,547,758.08 EUR is Long.MIN_VALUE cents, whose absolute value
            // does not fit in a long.
            MonetaryAmount total = Money.of(new BigDecimal("-92233720368547758.08"), "EUR");

            assertThatThrownBy(() -> halfUp.splitEqually(total, 3))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("-92233720368547758.08 EUR")
                    .hasMessageContaining("92233720368547758.07");
        }

        @Test
        void largestLongTotalSplitsExactly() {
            MonetaryAmount total = Money.of(new BigDecimal("-92233720368547758.07"), "EUR");

            List<MonetaryAmount> split = halfUp.splitEqually(total, 3);

            assertThat(split)
                    .isEqualTo(
                            amounts(
                                    "EUR",
                                    "-30744573456182586.02 -30744573456182586.02"
                                            + " -30744573456182586.03"));
        }

        @Test
        void totalBeyondLongMinorUnitsRejected() {
            MonetaryAmount total = Money.of(new BigDecimal("1E+30"), "EUR");

            assertThatThrownBy(() -> halfUp.splitEqually(total, 3))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1000000000000000000000000000000 EUR")
                    .hasMessageContaining("92233720368547758.07");
        }

        @Test
        void thousandTinyRatiosSplitEvenly() {
            List<BigDecimal> ratios = Collections.nCopies(1000, new BigDecimal("1E-30"));

            List<MonetaryAmount> split =
                    halfUp.splitByRatios(Money.of(new BigDecimal("10.00"), "EUR"), ratios);

            assertThat(split).hasSize(1000);
            assertThat(split).allSatisfy(part -> assertThat(part).isEqualTo(Money.of(0.01, "EUR")));
        }

        @Test
        void ratioWithHugeScaleRejected() {
            // Exact shares of 1E-99999999 and 1 need a 100-million-digit sum: minutes of work.
            List<BigDecimal> ratios = List.of(new BigDecimal("1E-99999999"), BigDecimal.ONE);

            assertThatThrownBy(() -> halfUp.splitByRatios(Money.of(100, "EUR"), ratios))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1E-99999999")
                    .hasMessageContaining("at most 100");
        }

        @Test
        void ratioWithHugeExponentRejected() {
            List<BigDecimal> ratios = List.of(new BigDecimal("1E+99999999"), BigDecimal.ONE);

            assertThatThrownBy(() -> halfUp.splitByRatios(Money.of(100, "EUR"), ratios))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1E+99999999")
                    .hasMessageContaining("at most 100");
        }

        @Test
        void ratioWithHundredDecimalsAccepted() {
            BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), 100, RoundingMode.DOWN);

            List<MonetaryAmount> split =
                    halfUp.splitByRatios(Money.of(100, "EUR"), List.of(third, third, third));

            assertThat(split).isEqualTo(amounts("EUR", "33.33 33.33 33.34"));
        }
    }

    static List<MonetaryAmount> amounts(String currency, String values) {
        return Arrays.stream(values.trim().split("\\s+"))
                .map(value -> (MonetaryAmount) Money.of(new BigDecimal(value), currency))
                .toList();
    }

    static MonetaryAmount sum(List<MonetaryAmount> parts) {
        return parts.stream().reduce(MonetaryAmount::add).orElseThrow();
    }
}
