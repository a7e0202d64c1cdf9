package io.github.tahsilat.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRoundingTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
        "1239.7,  JPY, HALF_UP,   1240",
        "1239.5,  JPY, HALF_EVEN, 1240",
        "1238.5,  JPY, HALF_EVEN, 1238",
        "1.2345,  KWD, HALF_UP,   1.235",
        "1.2345,  KWD, HALF_EVEN, 1.234",
        "0.0005,  TND, HALF_UP,   0.001",
        "1,       CLP, HALF_UP,   1",
        "10.005,  EUR, HALF_UP,   10.01",
        "10.005,  EUR, HALF_EVEN, 10.00",
        "-10.005, EUR, HALF_UP,   -10.01",
    })
    void roundsToTheMinorUnit(String value, String currency, RoundingMode mode, String expected) {
        var rounded = MoneyRounding.round(Money.of(new BigDecimal(value), currency), mode);

        BigDecimal number = rounded.getNumber().numberValue(BigDecimal.class);
        assertThat(number).isEqualByComparingTo(expected);
        assertThat(rounded.getCurrency().getCurrencyCode()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} minor units")
    @CsvSource({
        "3989.33, TRY, 398933",
        "1,       CLP, 1",
        "1240,    JPY, 1240",
        "3.334,   KWD, 3334",
        "0.10,    EUR, 10",
    })
    void countsMinorUnitsExactly(String value, String currency, long expected) {
        long units =
                MoneyRounding.minorUnits(
                        Money.of(new BigDecimal(value), currency), RoundingMode.UNNECESSARY);

        assertThat(units).isEqualTo(expected);
    }

    @Test
    void floatInputKeepsEveryKurus() {
        // 3989.33 has no exact binary form; truncating the double times 100 gives 398932.
        long units = MoneyRounding.minorUnits(Money.of(3989.33, "TRY"), RoundingMode.HALF_UP);

        assertThat(units).isEqualTo(398_933);
    }

    @Test
    void unnecessaryRoundingOfExtraDecimalsRejected() {
        assertThatThrownBy(
                        () ->
                                MoneyRounding.round(
                                        Money.of(new BigDecimal("1.2345"), "KWD"),
                                        RoundingMode.UNNECESSARY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("1.2345 KWD")
                .hasMessageContaining("at most 3 decimals");
    }

    @Test
    void amountBeyondLongMinorUnitsRejected() {
        MonetaryAmount huge = Money.of(new BigDecimal("92233720368547758.08"), "EUR");

        assertThatThrownBy(() -> MoneyRounding.minorUnits(huge, RoundingMode.HALF_UP))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("92233720368547758.08 EUR")
                .hasMessageContaining("from -92233720368547758.07 to 92233720368547758.07");
        assertThatThrownBy(() -> MoneyRounding.round(huge, RoundingMode.HALF_UP))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("92233720368547758.08 EUR");
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "1E-99999999, HALF_UP, 0.00",
        "1E-99999999, UP, 0.01",
        "-1E-99999999, UP, -0.01",
        "-1E-99999999, CEILING, 0.00",
        "-1E-99999999, FLOOR, -0.01",
        "0.005, HALF_UP, 0.01",
        "0.0049, HALF_UP, 0.00",
        "0.001, UP, 0.01",
    })
    @Timeout(10)
    void tinyAmountRoundsWithoutScalingEveryDigit(
            String value, RoundingMode mode, String expected) {
        // Rounding 1E-99999999 by setScale alone computes 10^99999997 and runs for minutes.
        MonetaryAmount rounded = MoneyRounding.round(Money.of(new BigDecimal(value), "EUR"), mode);

        assertThat(rounded).isEqualTo(Money.of(new BigDecimal(expected), "EUR"));
    }

    @Test
    @Timeout(10)
    void tinyAmountWithUnnecessaryRoundingRejected() {
        MonetaryAmount tiny = Money.of(new BigDecimal("1E-99999999"), "EUR");

        assertThatThrownBy(() -> MoneyRounding.round(tiny, RoundingMode.UNNECESSARY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invalid amount: 1E-99999999 EUR")
                .hasMessageContaining("at most 2 decimals");
    }

    @Test
    @Timeout(10)
    void hugeExponentRejectedWithShortMessage() {
        MonetaryAmount huge = Money.of(new BigDecimal("1E+99999999"), "EUR");

        assertThatThrownBy(() -> MoneyRounding.round(huge, RoundingMode.HALF_UP))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("invalid amount: 1E+99999999 EUR")
                .hasMessageContaining("92233720368547758.07");
    }

    @Test
    void largestLongMinorUnitsAccepted() {
        MonetaryAmount largest = Money.of(new BigDecimal("-922337203685477.5807"), "CLF");

        assertThat(MoneyRounding.minorUnits(largest, RoundingMode.HALF_UP))
                .isEqualTo(-Long.MAX_VALUE);
    }

    @Test
    void fractionDigitsFollowIso4217() {
        assertThat(MoneyRounding.fractionDigits(Money.of(1, "JPY"))).isZero();
        assertThat(MoneyRounding.fractionDigits(Money.of(1, "TRY"))).isEqualTo(2);
        assertThat(MoneyRounding.fractionDigits(Money.of(1, "BHD"))).isEqualTo(3);
    }
}
