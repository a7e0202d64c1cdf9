package io.github.tahsilat.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.company.CompanyId;
import io.github.tahsilat.counterparty.CounterpartyId;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTest {

    private static MonetaryAmount eur(String amount) {
        return Money.of(new BigDecimal(amount), "EUR");
    }

    private static Payment.Builder payment(String amount) {
        return Payment.builder()
                .companyId(CompanyId.parse("00000000-0000-0000-0000-00000000c001"))
                .counterpartyId(CounterpartyId.parse("00000000-0000-0000-0000-00000000d001"))
                .valueDate(LocalDate.of(2025, 3, 1))
                .amount(eur(amount))
                .actor("clerk-7")
                .idempotencyKey("BANK-TX-1");
    }

    @Nested
    class Charges {

        @Test
        void commissionBookedApart() {
            Payment card =
                    payment("1000.00").method(PaymentMethod.CARD).charges(eur("15.00")).build();

            assertThat(card.amount()).isEqualTo(eur("1000.00"));
            assertThat(card.netAmount()).isEqualTo(eur("985.00"));
        }

        @Test
        void noChargesByDefault() {
            assertThat(payment("10.00").build().charges()).isEqualTo(eur("0.00"));
        }

        @ParameterizedTest
        @CsvSource({"10.00", "10.01", "-0.01", "0.001"})
        void invalidChargesRejected(String charges) {
            Payment.Builder builder = payment("10.00").charges(eur(charges));

            assertThatThrownBy(builder::build)
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("charges");
        }

        @Test
        void chargesInOtherCurrencyRejected() {
            Payment.Builder builder = payment("10.00").charges(Money.of(1, "USD"));

            assertThatThrownBy(builder::build).isInstanceOf(CurrencyMismatchException.class);
        }
    }

    @Nested
    class Checks {

        @ParameterizedTest
        @CsvSource({"0.00", "-1.00", "1.001"})
        void invalidAmountRejected(String amount) {
            assertThatThrownBy(() -> payment(amount).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("amount");
        }

        @Test
        void blankActorRejected() {
            assertThatThrownBy(() -> payment("1.00").actor(" ").build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("actor");
        }

        @Test
        void longRemittanceRedacted() {
            String text = "x".repeat(Payment.MAX_REMITTANCE + 1);

            assertThatThrownBy(() -> payment("1.00").remittance(text).build())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageNotContaining("xxxx");
        }

        @Test
        void annotationsMatchConstructor() {
            Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

            assertThat(validator.validate(payment("1.00").build())).isEmpty();
        }
    }

    @Nested
    class SameContent {

        @Test
        void idIgnoredScaleIgnored() {
            Payment first = payment("100.00").build();
            Payment repeat = payment("100.0").build();

            assertThat(first.sameContentAs(repeat)).isTrue();
        }

        @Test
        void otherAmountDiffers() {
            Payment first = payment("100.00").build();
            Payment other = payment("100.01").build();

            assertThat(first.sameContentAs(other)).isFalse();
        }

        @Test
        void toStringLeavesOutRemittance() {
            Payment payment = payment("1.00").remittance("Ayşe Yılmaz rent").build();

            assertThat(payment.toString()).doesNotContain("Ayşe");
        }
    }
}
