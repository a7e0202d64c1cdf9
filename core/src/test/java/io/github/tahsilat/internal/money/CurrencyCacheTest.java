package io.github.tahsilat.internal.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
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
            CurrencyUnit first = CurrencyCache.currency("BHD");

            assertThat(CurrencyCache.currency("BHD")).isSameAs(first);
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
