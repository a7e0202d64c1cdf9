package io.github.tahsilat.internal.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.tahsilat.error.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.concurrent.Callable;
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
import org.javamoney.moneta.CurrencyUnitBuilder;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Conversions between public amounts and minor units, with the long shortcut and without it. */
class MinorAmountConversionTest {

    private static MonetaryAmount money(String amount, String currency) {
        return Money.of(new BigDecimal(amount), currency);
    }

    @Nested
    class ExactConversion {

        @ParameterizedTest
        @CsvSource({
            "EUR, 12.34, 1234",
            "EUR, 12, 1200",
            "EUR, 20.00, 2000",
            "EUR, 1E+3, 100000",
            "EUR, 12.340, 1234",
            "EUR, -0.01, -1",
            "EUR, 0, 0",
            "JPY, 1500, 1500",
            "JPY, 1500.00, 1500",
            "KWD, 1.234, 1234",
            "KWD, 1.2, 1200",
            "BHD, 0.005, 5",
            "TRY, 1239.70, 123970",
            "EUR, 9999999999999999.99, 999999999999999999",
            "EUR, 92233720368547758.07, 9223372036854775807",
            "JPY, 9223372036854775807, 9223372036854775807",
            "KWD, 9223372036854775.807, 9223372036854775807",
        })
        void moneyToMinorUnits(String currency, String amount, long units) {
            MinorAmount exact = AmountChecks.exact("amount", money(amount, currency));

            assertThat(exact.units()).isEqualTo(units);
            assertThat(exact.currencyCode()).isEqualTo(currency);
        }

        @ParameterizedTest
        @CsvSource({
            "EUR, 12.34, 1234",
            "EUR, -7, -700",
            "JPY, 1500, 1500",
            "KWD, 1.234, 1234",
            "KWD, 0.001, 1",
        })
        void fastMoneyToMinorUnits(String currency, String amount, long units) {
            FastMoney fast = FastMoney.of(new BigDecimal(amount), currency);

            assertThat(AmountChecks.exact("amount", fast).units()).isEqualTo(units);
        }

        @ParameterizedTest
        @CsvSource({
            "EUR, 10.001, at most 2 decimals for EUR",
            "JPY, 10.5, at most 0 decimals for JPY",
            "KWD, 1.0001, at most 3 decimals for KWD",
        })
        void finerThanMinorUnitRejected(String currency, String amount, String expected) {
            assertThatThrownBy(() -> AmountChecks.exact("amount", money(amount, currency)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(amount)
                    .hasMessageContaining(expected);
            assertThatThrownBy(
                            () ->
                                    AmountChecks.exact(
                                            "amount",
                                            FastMoney.of(new BigDecimal(amount), currency)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "EUR, 92233720368547758.08",
            "KWD, 99999999999999999",
            "JPY, -9223372036854775808",
        })
        void outsideLongRangeRejected(String currency, String amount) {
            assertThatThrownBy(() -> AmountChecks.exact("amount", money(amount, currency)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("range of a long count of minor units");
        }

        @Test
        void unknownCurrencyRejectedEveryTime() {
            CurrencyUnit unknown =
                    CurrencyUnitBuilder.of("XZZ", "test").setDefaultFractionDigits(2).build();
            MonetaryAmount amount = Money.of(BigDecimal.ONE, unknown);

            for (int attempt = 0; attempt < 2; attempt++) {
                assertThatThrownBy(() -> AmountChecks.exact("amount", amount))
                        .isInstanceOf(InvalidInputException.class)
                        .hasMessageContaining("ISO 4217 currency");
            }
        }
    }

    @Nested
    class PositiveUnits {

        @ParameterizedTest
        @CsvSource({
            "EUR, 12.34, 1234",
            "EUR, 12.30, 1230",
            "EUR, 20.00, 2000",
            "EUR, 2000, 200000",
            "EUR, 1E+3, 100000",
            "EUR, 12.340, 1234",
            "EUR, 0.01, 1",
            "JPY, 1500, 1500",
            "JPY, 1500.00, 1500",
            "JPY, 1E+2, 100",
            "KWD, 1.234, 1234",
            "KWD, 1.2, 1200",
            "KWD, 0.001, 1",
            "EUR, 9999999999999999.99, 999999999999999999",
            "EUR, 92233720368547758.07, 9223372036854775807",
            "JPY, 9223372036854775807, 9223372036854775807",
            "KWD, 9223372036854775.807, 9223372036854775807",
        })
        void moneyToMinorUnits(String currency, String amount, long units) {
            assertThat(AmountChecks.positiveUnits("amount", money(amount, currency)))
                    .isEqualTo(units);
        }

        @ParameterizedTest
        @CsvSource({"EUR, 12.34, 1234", "JPY, 1500, 1500", "KWD, 0.001, 1"})
        void fastMoneyToMinorUnits(String currency, String amount, long units) {
            FastMoney fast = FastMoney.of(new BigDecimal(amount), currency);

            assertThat(AmountChecks.positiveUnits("amount", fast)).isEqualTo(units);
        }

        @ParameterizedTest
        @CsvSource({
            "EUR, 0, an amount greater than zero",
            "EUR, -0.01, an amount greater than zero",
            "JPY, -1500, an amount greater than zero",
            "KWD, -1.234, an amount greater than zero",
            "EUR, 10.001, at most 2 decimals for EUR",
            "JPY, 10.5, at most 0 decimals for JPY",
            "KWD, 1.0001, at most 3 decimals for KWD",
            "EUR, 92233720368547758.08, range of a long count of minor units",
            "JPY, 9223372036854775808, range of a long count of minor units",
            "KWD, 99999999999999999, range of a long count of minor units",
        })
        void invalidAmountRejectedAsPositiveRejectsIt(
                String currency, String amount, String expected) {
            MonetaryAmount money = money(amount, currency);
            Throwable byPositive = catchThrowable(() -> AmountChecks.positive("amount", money));

            assertThatThrownBy(() -> AmountChecks.positiveUnits("amount", money))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(expected)
                    .hasMessage(byPositive.getMessage());
        }

        @Test
        void missingAmountRejected() {
            Throwable byPositive = catchThrowable(() -> AmountChecks.positive("amount", null));

            assertThatThrownBy(() -> AmountChecks.positiveUnits("amount", null))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(byPositive.getMessage());
        }

        @Test
        void unknownCurrencyRejected() {
            CurrencyUnit unknown =
                    CurrencyUnitBuilder.of("XZZ", "test").setDefaultFractionDigits(2).build();
            MonetaryAmount amount = Money.of(BigDecimal.ONE, unknown);

            assertThatThrownBy(() -> AmountChecks.positiveUnits("amount", amount))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("ISO 4217 currency");
        }

        @Property(tries = 2000)
        void agreesWithPositive(
                @ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L)
                        long unscaled,
                @ForAll @IntRange(min = -4, max = 6) int scale,
                @ForAll("currencies") String code) {
            MonetaryAmount amount = Money.of(BigDecimal.valueOf(unscaled, scale), code);

            String expected = messageOf(() -> AmountChecks.positive("amount", amount).units());
            String actual = messageOf(() -> AmountChecks.positiveUnits("amount", amount));

            assertThat(actual).isEqualTo(expected);
        }

        @Provide
        Arbitrary<String> currencies() {
            return Arbitraries.of("EUR", "JPY", "KWD");
        }

        /**
         * Returns the result of {@code conversion} as text, or the message it was rejected with.
         */
        private String messageOf(Callable<Object> conversion) {
            try {
                return "units " + conversion.call();
            } catch (Exception e) {
                return e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
    }

    @Nested
    class Rounding {

        @ParameterizedTest
        @CsvSource({
            "EUR, 10.005, HALF_UP, 1001",
            "EUR, 10.005, HALF_EVEN, 1000",
            "EUR, 10.015, HALF_EVEN, 1002",
            "JPY, 10.5, HALF_UP, 11",
            "JPY, 10.5, HALF_EVEN, 10",
            "KWD, 1.0005, HALF_UP, 1001",
            "EUR, 10.00, UNNECESSARY, 1000",
        })
        void extraDecimalsRoundedWithMode(
                String currency, String amount, RoundingMode mode, long units) {
            assertThat(MinorAmount.of(money(amount, currency), mode).units()).isEqualTo(units);
        }

        @Test
        void unnecessaryRoundingRejected() {
            assertThatThrownBy(
                            () -> MinorAmount.of(money("10.005", "EUR"), RoundingMode.UNNECESSARY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("at most 2 decimals for EUR");
        }
    }

    @Nested
    class Shortcut {

        @ParameterizedTest
        @CsvSource({
            "1234.5678901234567, 2",
            "1E+17, 2",
            "1234567890123456789, 0",
            "12.345, 2",
            "99999999999999999, 3",
            "0.0000000000000000001, 2",
        })
        void leavesOtherValuesToGeneralPath(String value, int digits) {
            assertThat(MinorAmount.exactUnits(new BigDecimal(value), digits))
                    .isEqualTo(MinorAmount.NOT_EXACT);
        }

        @Property(tries = 3000)
        void agreesWithBigDecimal(
                @ForAll @LongRange(min = -999_999_999_999_999_999L, max = 999_999_999_999_999_999L)
                        long unscaled,
                @ForAll @IntRange(min = -20, max = 20) int scale,
                @ForAll @IntRange(min = 0, max = 4) int digits) {
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            long shortcut = MinorAmount.exactUnits(value, digits);

            BigInteger expected = exactReference(value, digits);
            boolean inShortcutRange = Math.abs(scale) <= 18 && value.precision() <= 18;
            if (expected == null) {
                assertThat(shortcut).isEqualTo(MinorAmount.NOT_EXACT);
            } else if (shortcut != MinorAmount.NOT_EXACT) {
                assertThat(shortcut).isEqualTo(expected.longValueExact());
            } else {
                assertThat(inShortcutRange).as("shortcut declined %s", value).isFalse();
            }
        }

        /** Returns the exact minor units, or null if rounding is needed or they do not fit. */
        private BigInteger exactReference(BigDecimal value, int digits) {
            BigInteger units;
            try {
                units = value.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue();
            } catch (ArithmeticException e) {
                return null;
            }
            boolean fits = units.abs().compareTo(BigInteger.valueOf(Long.MAX_VALUE)) <= 0;
            return fits ? units : null;
        }
    }

    @Nested
    class ToMonetaryAmount {

        @ParameterizedTest
        @CsvSource({"EUR", "JPY", "KWD"})
        void zeroSharedPerCurrency(String code) {
            CurrencyUnit currency = Monetary.getCurrency(code);
            MonetaryAmount zero = MinorAmount.zero(currency).toMonetaryAmount();

            assertThat(zero).isSameAs(MinorAmount.zero(currency).toMonetaryAmount());
            assertThat(zero).isInstanceOf(Money.class);
            assertThat(zero.isZero()).isTrue();
            assertThat(zero.getCurrency()).isEqualTo(currency);
        }

        @Test
        void originalMoneyReused() {
            MonetaryAmount original = money("12.34", "EUR");
            MinorAmount exact = AmountChecks.exact("amount", original);

            assertThat(exact.toMonetaryAmount(original)).isSameAs(original);
        }

        @Test
        void originalFastMoneyRebuiltAsMoney() {
            MonetaryAmount original = FastMoney.of(new BigDecimal("12.34"), "EUR");
            MinorAmount exact = AmountChecks.exact("amount", original);

            MonetaryAmount rebuilt = exact.toMonetaryAmount(original);
            assertThat(rebuilt).isInstanceOf(Money.class);
            assertThat(rebuilt).isEqualTo(money("12.34", "EUR"));
        }

        @ParameterizedTest
        @CsvSource({"EUR, 1234, 12.34", "JPY, 1500, 1500", "KWD, -1234, -1.234"})
        void unitsInMajorUnits(String code, long units, String expected) {
            MonetaryAmount amount =
                    new MinorAmount(units, Monetary.getCurrency(code)).toMonetaryAmount();

            assertThat(amount.getNumber().numberValue(BigDecimal.class))
                    .isEqualByComparingTo(new BigDecimal(expected));
            assertThat(amount.getCurrency().getCurrencyCode()).isEqualTo(code);
        }
    }

    @Nested
    class PlainString {

        @ParameterizedTest
        @CsvSource({
            "EUR, 1234, 12.34",
            "EUR, -5, -0.05",
            "EUR, 0, 0.00",
            "EUR, 100, 1.00",
            "JPY, -1500, -1500",
            "KWD, 7, 0.007",
            "KWD, 1070, 1.070",
            "EUR, 100000000000000001, 1000000000000000.01",
            "EUR, -9223372036854775808, -92233720368547758.08",
        })
        void writesMajorUnits(String code, long units, String expected) {
            MinorAmount amount = new MinorAmount(units, Monetary.getCurrency(code));

            assertThat(amount.toPlainString()).isEqualTo(expected);
            assertThat(amount.toString()).isEqualTo(expected + " " + code);
        }

        @Property(tries = 3000)
        void agreesWithBigDecimal(
                @ForAll long units, @ForAll @IntRange(min = 0, max = 20) int scale) {
            String expected = BigDecimal.valueOf(units, scale).toPlainString();

            assertThat(MinorAmount.plainString(units, scale)).isEqualTo(expected);
        }
    }
}
