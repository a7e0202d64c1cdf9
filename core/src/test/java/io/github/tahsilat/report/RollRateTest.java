package io.github.tahsilat.report;

import static io.github.tahsilat.report.ReportFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Roll rates and loss rates on three month-ends in the default buckets (current, 1-30, 31-60,
 * 61-90, over 90), with 10.00 and 45.00 written off in the two months between them.
 */
class RollRateTest {

    private static final List<AgingAmounts> MONTH_ENDS =
            List.of(
                    row("1000.00", "400.00", "200.00", "100.00", "50.00"),
                    row("1000.00", "300.00", "200.00", "100.00", "60.00"),
                    row("1000.00", "200.00", "150.00", "100.00", "70.00"));
    private static final List<MonetaryAmount> WRITTEN_OFF = List.of(eur("10.00"), eur("45.00"));

    private static AgingAmounts row(String... buckets) {
        return new AgingAmounts(
                Monetary.getCurrency("EUR"),
                Arrays.stream(buckets).map(ReportFixtures::eur).toList(),
                eur("0.00"),
                eur("0.00"));
    }

    @Nested
    class Rates {

        /**
         * Computes each expected rate from the history.
         *
         * <ul>
         *   <li>current: (300 + 200) / (1000 + 1000)
         *   <li>1-30: (200 + 150) / (400 + 300)
         *   <li>31-60: (100 + 100) / (200 + 200)
         *   <li>61-90: ((60 - 50 + 10) + (70 - 60 + 45)) / (100 + 100)
         *   <li>over 90: (10 + 45) / (50 + 60)
         * </ul>
         */
        @ParameterizedTest
        @CsvSource({
            "0, 0.250000, 0.011719",
            "1, 0.500000, 0.046875",
            "2, 0.500000, 0.093750",
            "3, 0.375000, 0.187500",
            "4, 0.500000, 0.500000"
        })
        void rollAndLossPerBucket(int bucket, BigDecimal roll, BigDecimal loss) {
            List<BigDecimal> rolls = ProvisionMatrix.rollRates(MONTH_ENDS, WRITTEN_OFF);
            ProvisionMatrix matrix = ProvisionMatrix.fromRollRates(MONTH_ENDS, WRITTEN_OFF);

            assertThat(rolls.get(bucket)).isEqualTo(roll);
            assertThat(matrix.rates().get(bucket)).isEqualTo(loss);
        }

        @Test
        void provisionOnLastMonthEnd() {
            ProvisionMatrix matrix = ProvisionMatrix.fromRollRates(MONTH_ENDS, WRITTEN_OFF);

            // 1000.00 x 0.011719, 200.00 x 0.046875, 150.00 x 0.09375, 100.00 x 0.1875, 70 x 0.5.
            assertThat(matrix.provisions(MONTH_ENDS.get(2)))
                    .containsExactly(
                            eur("11.72"), eur("9.38"), eur("14.06"), eur("18.75"), eur("35.00"));
            assertThat(matrix.total(MONTH_ENDS.get(2))).isEqualTo(eur("88.91"));
        }

        @Test
        void emptyBucketRollsAtZero() {
            List<AgingAmounts> ends =
                    List.of(
                            row("100.00", "0.00", "0.00", "0.00", "0.00"),
                            row("100.00", "20.00", "0.00", "0.00", "0.00"));

            List<BigDecimal> rolls = ProvisionMatrix.rollRates(ends, List.of(eur("0.00")));

            assertThat(rolls.get(0)).isEqualTo(new BigDecimal("0.200000"));
            assertThat(rolls.get(1)).isEqualTo(new BigDecimal("0.000000"));
            assertThat(rolls.get(4)).isEqualTo(new BigDecimal("0.000000"));
        }

        @Test
        void rollAboveWholeIsCappedAtOne() {
            // A backdated invoice makes the 1-30 bucket larger than the current one was.
            List<AgingAmounts> ends =
                    List.of(
                            row("100.00", "0.00", "0.00", "0.00", "0.00"),
                            row("0.00", "150.00", "0.00", "0.00", "0.00"));

            List<BigDecimal> rolls = ProvisionMatrix.rollRates(ends, List.of(eur("0.00")));

            assertThat(rolls.get(0)).isEqualTo(new BigDecimal("1.000000"));
        }

        @Test
        void shrinkingLastBucketRollsNothingIn() {
            List<AgingAmounts> ends =
                    List.of(
                            row("0.00", "0.00", "0.00", "100.00", "80.00"),
                            row("0.00", "0.00", "0.00", "0.00", "50.00"));

            List<BigDecimal> rolls = ProvisionMatrix.rollRates(ends, List.of(eur("10.00")));

            assertThat(rolls.get(3)).isEqualTo(new BigDecimal("0.000000"));
            assertThat(rolls.get(4)).isEqualTo(new BigDecimal("0.125000"));
        }
    }

    @Nested
    class Validation {

        @Test
        void singleMonthEndRejected() {
            assertThatThrownBy(
                            () ->
                                    ProvisionMatrix.fromRollRates(
                                            List.of(MONTH_ENDS.get(0)), List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at least two");
        }

        @Test
        void writeOffCountMismatchRejected() {
            assertThatThrownBy(
                            () -> ProvisionMatrix.fromRollRates(MONTH_ENDS, List.of(eur("1.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("writtenOff");
        }

        @Test
        void bucketCountMismatchRejected() {
            List<AgingAmounts> ends = List.of(MONTH_ENDS.get(0), row("1.00", "2.00", "3.00"));

            assertThatThrownBy(() -> ProvisionMatrix.fromRollRates(ends, List.of(eur("0.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("5 buckets");
        }

        @Test
        void negativeWriteOffRejected() {
            assertThatThrownBy(
                            () ->
                                    ProvisionMatrix.fromRollRates(
                                            MONTH_ENDS, List.of(eur("1.00"), eur("-1.00"))))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("-1");
        }

        @Test
        void otherCurrencyRejected() {
            List<MonetaryAmount> lira = List.of(eur("0.00"), Money.of(1, "TRY"));

            assertThatThrownBy(() -> ProvisionMatrix.fromRollRates(MONTH_ENDS, lira))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("TRY");
        }
    }
}
