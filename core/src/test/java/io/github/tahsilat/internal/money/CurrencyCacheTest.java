package io.github.tahsilat.internal.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.javamoney.moneta.CurrencyUnitBuilder;
import org.javamoney.moneta.spi.ConfigurableCurrencyUnitProvider;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cached look-up of currency units by ISO 4217 code. */
class CurrencyCacheTest {

    @Nested
    class KnownCode {

        @ParameterizedTest
        @CsvSource({"TRY, 2", "EUR, 2", "JPY, 0", "CLP, 0", "KWD, 3", "TND, 3"})
        void returnsProviderUnit(String code, int fractionDigits) {
            CurrencyUnit unit = CurrencyCache.currency(code);

            assertThat(unit).isEqualTo(Monetary.getCurrency(code));
            assertThat(unit.getCurrencyCode()).isEqualTo(code);
            assertThat(unit.getDefaultFractionDigits()).isEqualTo(fractionDigits);
        }

        @Test
        void repeatedCallReturnsCachedUnit() {
            // Moneta 1.4.5 returns the same instance for a JDK code on every call, so only a unit
            // that its provider no longer supplies shows whether the second call read the cache.
            CurrencyUnit registered =
                    CurrencyUnitBuilder.of("QZC", "cache test")
                            .setDefaultFractionDigits(2)
                            .build(true);
            CurrencyUnit first;
            try {
                first = CurrencyCache.currency("QZC");
            } finally {
                ConfigurableCurrencyUnitProvider.removeCurrencyUnit("QZC");
            }

            assertThat(first).isSameAs(registered);
            assertThat(Monetary.isCurrencyAvailable("QZC")).isFalse();
            assertThat(CurrencyCache.currency("QZC")).isSameAs(first);
        }
    }

    @Nested
    class UnknownCode {

        @Test
        void unknownCodeRejected() {
            assertThatThrownBy(() -> CurrencyCache.currency("QQQ"))
                    .isInstanceOf(UnknownCurrencyException.class)
                    .hasMessageContaining("QQQ");
        }

        @Test
        void unknownCodeRejectedAgain() {
            assertThatThrownBy(() -> CurrencyCache.currency("QQQ"))
                    .isInstanceOf(UnknownCurrencyException.class);

            assertThatThrownBy(() -> CurrencyCache.currency("QQQ"))
                    .isInstanceOf(UnknownCurrencyException.class);
        }

        @Test
        void lowerCaseCodeRejected() {
            assertThatThrownBy(() -> CurrencyCache.currency("try"))
                    .isInstanceOf(UnknownCurrencyException.class);
        }

        @Test
        void nullCodeRejected() {
            assertThatThrownBy(() -> CurrencyCache.currency(null))
                    .isInstanceOf(NullPointerException.class);
        }
    }
}
