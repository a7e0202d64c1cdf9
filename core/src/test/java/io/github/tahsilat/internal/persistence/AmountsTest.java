package io.github.tahsilat.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The conversions between stored decimals and currency codes and the domain's amounts. */
class AmountsTest {

    @Nested
    class CurrencyOfCode {

        @Test
        void knownCodeReturnsProviderUnit() {
            assertThat(Amounts.currency("KWD")).isEqualTo(Monetary.getCurrency("KWD"));
            assertThat(Amounts.currency("KWD").getDefaultFractionDigits()).isEqualTo(3);
        }

        @Test
        void unknownCodeRejected() {
            assertThatThrownBy(() -> Amounts.currency("QQQ"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown currency: QQQ; expected an ISO 4217 code such as TRY")
                    .hasCauseInstanceOf(UnknownCurrencyException.class);
        }

        @Test
        void emptyCodeRejected() {
            assertThatThrownBy(() -> Amounts.currency(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("unknown currency: ; expected an ISO 4217 code such as TRY");
        }
    }
}
