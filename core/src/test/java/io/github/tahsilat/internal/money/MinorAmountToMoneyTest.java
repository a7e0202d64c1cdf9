package io.github.tahsilat.internal.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.javamoney.moneta.CurrencyUnitBuilder;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link MinorAmount#toMonetaryAmount(long, CurrencyUnit)} against the plain {@code
 * Money.of(BigDecimal.valueOf(units, scale), currency)}: the same class, context, number and scale,
 * and the same {@code equals}, {@code hashCode} and {@code toString}.
 */
class MinorAmountToMoneyTest {

    private static final long[] POWERS_OF_TEN = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L,
        10_000_000_000L,
        100_000_000_000L,
        1_000_000_000_000L,
        10_000_000_000_000L,
        100_000_000_000_000L,
        1_000_000_000_000_000L,
        10_000_000_000_000_000L,
        100_000_000_000_000_000L,
        1_000_000_000_000_000_000L,
    };

    @Property(tries = 3000)
    void matchesMoneyOfEveryLong(
            @ForAll long units, @ForAll("isoCurrencies") CurrencyUnit currency) {
        assertMatchesMoneyOf(units, currency);
    }

    @Property(tries = 3000)
    void matchesMoneyOfTrailingZeros(
            @ForAll("unitsWithTrailingZeros") long units,
            @ForAll("isoCurrencies") CurrencyUnit currency) {
        assertMatchesMoneyOf(units, currency);
    }

    @Property(tries = 2000)
    void matchesMoneyOfUpToEighteenDecimals(
            @ForAll("unitsWithTrailingZeros") long units,
            @ForAll @IntRange(min = 0, max = 18) int digits) {
        CurrencyUnit currency =
                CurrencyUnitBuilder.of("X" + digits, "MinorAmountToMoneyTest")
                        .setDefaultFractionDigits(digits)
                        .build();

        assertMatchesMoneyOf(units, currency);
    }

    @ParameterizedTest
    @CsvSource({
        "EUR, 2000, 2E+1, -1",
        "EUR, 100, 1, 0",
        "EUR, 1230, 12.3, 1",
        "EUR, -5, -0.05, 2",
        "JPY, 1000, 1000, 0",
        "KWD, 1000, 1, 0",
        "KWD, 1010, 1.01, 2",
        "EUR, -9223372036854775808, -92233720368547758.08, 2",
        "EUR, 9000000000000000000, 9E+16, -16",
    })
    void keepsNumberStrippedAsMoneta(String code, long units, String number, int scale) {
        Money money = (Money) MinorAmount.toMonetaryAmount(units, Monetary.getCurrency(code));

        assertThat(money.getNumber().numberValue(BigDecimal.class))
                .isEqualByComparingTo(new BigDecimal(number));
        assertThat(money.getScale()).isEqualTo(scale);
    }

    @Test
    void zeroNumberKeepsItsScale() {
        assertThat(MinorAmount.moneyNumber(0, 2)).isEqualTo(BigDecimal.valueOf(0, 2));
    }

    @Provide
    Arbitrary<CurrencyUnit> isoCurrencies() {
        List<CurrencyUnit> units =
                Currency.getAvailableCurrencies().stream()
                        .map(currency -> Monetary.getCurrency(currency.getCurrencyCode()))
                        .toList();
        return Arbitraries.of(units);
    }

    /** Returns multiples of a power of ten from 10^0 to 10^18, over the whole range of a long. */
    @Provide
    Arbitrary<Long> unitsWithTrailingZeros() {
        return Arbitraries.integers()
                .between(0, 18)
                .flatMap(
                        zeros -> {
                            long power = POWERS_OF_TEN[zeros];
                            long limit = Long.MAX_VALUE / power;
                            return Arbitraries.longs()
                                    .between(-limit, limit)
                                    .map(multiple -> multiple * power);
                        });
    }

    private static void assertMatchesMoneyOf(long units, CurrencyUnit currency) {
        int scale = MinorAmount.fractionDigits(currency);
        Money expected = Money.of(BigDecimal.valueOf(units, scale), currency);

        MonetaryAmount actual = MinorAmount.toMonetaryAmount(units, currency);

        assertThat(actual).isInstanceOf(Money.class);
        Money money = (Money) actual;
        assertThat(money.getContext()).isSameAs(expected.getContext());
        assertThat(money.getCurrency()).isEqualTo(expected.getCurrency());
        assertThat(money.getScale()).isEqualTo(expected.getScale());
        assertThat(money.getPrecision()).isEqualTo(expected.getPrecision());
        assertThat(money.getNumber().numberValue(BigDecimal.class))
                .isEqualTo(expected.getNumber().numberValue(BigDecimal.class));
        assertThat(money).isEqualTo(expected);
        assertThat(money.hashCode()).isEqualTo(expected.hashCode());
        assertThat(money.toString()).isEqualTo(expected.toString());
    }
}
