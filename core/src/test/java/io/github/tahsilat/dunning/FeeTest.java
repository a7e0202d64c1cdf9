package io.github.tahsilat.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeTest {

    static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    @Nested
    class Fixed {

        @Test
        void sameAmountForAnyBase() {
            FixedFee fee = new FixedFee(eur("5.00"), FeeBasis.PER_NOTICE);

            assertThat(fee.amountFor(eur("1.00"), RoundingMode.HALF_UP)).isEqualTo(eur("5.00"));
            assertThat(fee.amountFor(eur("9999.00"), RoundingMode.HALF_UP)).isEqualTo(eur("5.00"));
        }

        @Test
        void otherCurrencyRejected() {
            FixedFee fee = new FixedFee(eur("5.00"), FeeBasis.PER_NOTICE);

            assertThatThrownBy(() -> fee.amountFor(Money.of(10, "TRY"), RoundingMode.HALF_UP))
                    .isInstanceOf(CurrencyMismatchException.class)
                    .hasMessageContaining("TRY")
                    .hasMessageContaining("EUR");
        }

        @Test
        void zeroOrExtraDecimalsRejected() {
            assertThatThrownBy(() -> new FixedFee(eur("0.00"), FeeBasis.PER_ITEM))
                    .isInstanceOf(InvalidInputException.class);
            assertThatThrownBy(() -> new FixedFee(eur("1.005"), FeeBasis.PER_ITEM))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at most 2 decimals");
        }
    }

    @Nested
    class Percentage {

        // 1.5 % with a minimum of 5.00 and a maximum of 50.00.
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({
            "100.00, 5.00",
            "333.33, 5.00",
            "500.00, 7.50",
            "1000.30, 15.00",
            "3333.00, 50.00",
            "10000.00, 50.00",
        })
        void boundedPercentage(String base, String fee) {
            PercentageFee percentage =
                    new PercentageFee(
                            new BigDecimal("1.5"),
                            Optional.of(eur("5.00")),
                            Optional.of(eur("50.00")),
                            FeeBasis.PER_ITEM);

            assertThat(percentage.amountFor(eur(base), RoundingMode.HALF_UP)).isEqualTo(eur(fee));
        }

        // 1.5 % of 1.70 is 0.0255.
        @ParameterizedTest(name = "{0}: {1}")
        @CsvSource({"HALF_UP, 0.03", "HALF_EVEN, 0.03"})
        void unboundedPercentageRounds(RoundingMode mode, String fee) {
            PercentageFee percentage =
                    new PercentageFee(
                            new BigDecimal("1.5"),
                            Optional.empty(),
                            Optional.empty(),
                            FeeBasis.PER_ITEM);

            assertThat(percentage.amountFor(eur("1.70"), mode)).isEqualTo(eur(fee));
            assertThat(percentage.currency()).isEmpty();
        }

        @Test
        void minimumAboveMaximumRejected() {
            assertThatThrownBy(
                            () ->
                                    new PercentageFee(
                                            BigDecimal.ONE,
                                            Optional.of(eur("10.00")),
                                            Optional.of(eur("5.00")),
                                            FeeBasis.PER_NOTICE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at most the maximum");
        }
    }
}
