package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.terms.DueSchedule.EarlyPaymentDiscount;
import io.github.tahsilat.terms.DueSchedule.Installment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiscountsTest {

    private static final LocalDate INVOICE = LocalDate.parse("2025-03-01");

    private static DiscountTier tier(String percent, int days) {
        return new DiscountTier(new BigDecimal(percent), days);
    }

    @Nested
    class SingleTier {

        @Test
        void twoTenNetThirty() {
            DiscountedTerms terms = new DiscountedTerms(List.of(tier("2", 10)), new NetDays(30));

            DueSchedule schedule =
                    terms.dueSchedule(
                            INVOICE,
                            Money.of(1000, "EUR"),
                            TestCalendar.EVERY_DAY,
                            RoundingMode.HALF_UP);

            Installment installment = schedule.installments().get(0);
            assertThat(installment.dueDate()).isEqualTo("2025-03-31");
            assertThat(installment.discounts())
                    .containsExactly(
                            new EarlyPaymentDiscount(
                                    new BigDecimal("2"),
                                    LocalDate.parse("2025-03-11"),
                                    Money.of(new BigDecimal("20.00"), "EUR")));
        }

        @ParameterizedTest
        @CsvSource({
            "HALF_UP, 5.47, EUR, 0.11",
            "HALF_UP, 0.25, EUR, 0.01",
            "HALF_EVEN, 0.25, EUR, 0.00",
            "DOWN, 5.47, EUR, 0.10",
            "HALF_UP, 1239, JPY, 25",
            "HALF_UP, 10.000, KWD, 0.200",
        })
        void amountRoundedWithMode(String mode, String total, String currency, String expected) {
            DiscountedTerms terms = new DiscountedTerms(List.of(tier("2", 10)), new NetDays(30));

            DueSchedule schedule =
                    terms.dueSchedule(
                            INVOICE,
                            Money.of(new BigDecimal(total), currency),
                            TestCalendar.EVERY_DAY,
                            RoundingMode.valueOf(mode));

            EarlyPaymentDiscount discount = schedule.installments().get(0).discounts().get(0);
            assertThat(discount.discount()).isEqualTo(Money.of(new BigDecimal(expected), currency));
        }
    }

    @Nested
    class Tiers {

        @Test
        void threeTenTwoTwenty() {
            DiscountedTerms terms =
                    new DiscountedTerms(List.of(tier("3", 10), tier("2", 20)), new NetDays(30));

            DueSchedule schedule =
                    terms.dueSchedule(
                            INVOICE,
                            Money.of(500, "EUR"),
                            TestCalendar.EVERY_DAY,
                            RoundingMode.HALF_UP);

            List<EarlyPaymentDiscount> discounts = schedule.installments().get(0).discounts();
            assertThat(discounts)
                    .extracting(EarlyPaymentDiscount::lastDay)
                    .containsExactly(LocalDate.parse("2025-03-11"), LocalDate.parse("2025-03-21"));
            assertThat(discounts)
                    .extracting(EarlyPaymentDiscount::discount)
                    .containsExactly(Money.of(15, "EUR"), Money.of(10, "EUR"));
        }

        @Test
        void shorterLaterTierRejected() {
            List<DiscountTier> tiers = List.of(tier("3", 20), tier("2", 10));

            assertThatThrownBy(() -> new DiscountedTerms(tiers, new NetDays(30)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage(
                            "invalid tiers: 2/10; expected a discount period longer than the"
                                    + " previous tier's 20 days");
        }

        @Test
        void largerLaterDiscountRejected() {
            List<DiscountTier> tiers = List.of(tier("2", 10), tier("3", 20));

            assertThatThrownBy(() -> new DiscountedTerms(tiers, new NetDays(30)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a discount smaller than the previous tier's 2 %");
        }

        @Test
        void hundredPercentRejected() {
            assertThatThrownBy(() -> tier("100", 10))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid percent: 100");
        }
    }

    @Nested
    class PerInstallment {

        @Test
        void eachInstallmentRoundsOwnDiscount() {
            PercentageInstallments terms =
                    new PercentageInstallments(
                            List.of(
                                    new PercentageInstallments.Part(
                                            new BigDecimal("50"),
                                            new DiscountedTerms(
                                                    List.of(tier("2", 10)), new NetDays(30))),
                                    new PercentageInstallments.Part(
                                            new BigDecimal("50"),
                                            new DiscountedTerms(
                                                    List.of(tier("1.5", 40)), new NetDays(60)))));

            DueSchedule schedule =
                    terms.dueSchedule(
                            INVOICE,
                            Money.of(new BigDecimal("0.99"), "EUR"),
                            TestCalendar.EVERY_DAY,
                            RoundingMode.HALF_UP);

            List<Installment> installments = schedule.installments();
            assertThat(installments.get(0).amount())
                    .isEqualTo(Money.of(new BigDecimal("0.50"), "EUR"));
            assertThat(installments.get(0).discounts().get(0).discount())
                    .isEqualTo(Money.of(new BigDecimal("0.01"), "EUR"));
            assertThat(installments.get(1).amount())
                    .isEqualTo(Money.of(new BigDecimal("0.49"), "EUR"));
            assertThat(installments.get(1).discounts().get(0).discount())
                    .isEqualTo(Money.of(new BigDecimal("0.01"), "EUR"));
            assertThat(installments.get(1).discounts().get(0).lastDay()).isEqualTo("2025-04-10");
        }
    }
}
