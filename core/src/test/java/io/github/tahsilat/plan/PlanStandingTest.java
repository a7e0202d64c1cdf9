package io.github.tahsilat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanStandingTest {

    private static final LocalDate PLAN_DATE = LocalDate.parse("2024-01-15");

    /** 100.00 down on 2024-01-15, then 300.00 on 2024-02-14, 2024-03-14 and 2024-04-14. */
    private static final PlanSchedule SCHEDULE =
            PlanSchedule.compute(
                    PlanTerms.of(
                                    new MonthlyInstallments(
                                            3, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH))
                            .withDownPayment(try_("100.00")),
                    PLAN_DATE,
                    try_("1000.00"),
                    HolidayCalendar.weekendsOnly(),
                    RoundingMode.HALF_UP);

    private static MonetaryAmount try_(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private static PlanStanding evaluate(String paid, String asOf, int graceDays) {
        return PlanStanding.evaluate(SCHEDULE, try_(paid), LocalDate.parse(asOf), graceDays);
    }

    @Nested
    class Order {

        @ParameterizedTest
        @CsvSource({
            "0.00,    0.00,   0.00,   0.00,   0.00",
            "100.00,  100.00, 0.00,   0.00,   0.00",
            "250.00,  100.00, 150.00, 0.00,   0.00",
            "400.00,  100.00, 300.00, 0.00,   0.00",
            "400.01,  100.00, 300.00, 0.01,   0.00",
            "1000.00, 100.00, 300.00, 300.00, 300.00",
        })
        void paymentsFillInstallmentsInOrder(
                String paid, String down, String first, String second, String third) {
            PlanStanding standing = evaluate(paid, "2024-01-15", 0);

            assertThat(standing.installments())
                    .extracting(InstallmentStanding::paid)
                    .containsExactly(try_(down), try_(first), try_(second), try_(third));
            assertThat(standing.paid()).isEqualTo(try_(paid));
        }

        @Test
        void partialInstallmentKeepsRest() {
            PlanStanding standing = evaluate("250.00", "2024-02-20", 10);

            InstallmentStanding first = standing.installments().get(1);
            assertThat(first.paid()).isEqualTo(try_("150.00"));
            assertThat(first.outstanding()).isEqualTo(try_("150.00"));
            assertThat(first.late()).isTrue();
            assertThat(standing.outstanding()).isEqualTo(try_("750.00"));
            assertThat(standing.isBroken()).isFalse();
        }

        @Test
        void overpaymentNotApplied() {
            PlanStanding standing = evaluate("1200.00", "2024-05-01", 0);

            assertThat(standing.paid()).isEqualTo(try_("1000.00"));
            assertThat(standing.outstanding()).isEqualTo(try_("0.00"));
            assertThat(standing.isComplete()).isTrue();
            assertThat(standing.isBroken()).isFalse();
        }
    }

    @Nested
    class Breaks {

        @ParameterizedTest
        @CsvSource({
            // installment 1 is due on 2024-02-14; with 5 grace days the last safe day is 02-19
            "399.99, 2024-02-14, 5, false",
            "399.99, 2024-02-19, 5, false",
            "399.99, 2024-02-20, 5, true",
            "400.00, 2024-02-20, 5, false",
            "399.99, 2024-02-14, 0, false",
            "399.99, 2024-02-15, 0, true",
            // the down payment is due on the plan date itself
            "99.99,  2024-01-15, 0, false",
            "99.99,  2024-01-16, 0, true",
        })
        void breaksOneDayAfterGrace(String paid, String asOf, int graceDays, boolean broken) {
            PlanStanding standing = evaluate(paid, asOf, graceDays);

            assertThat(standing.isBroken()).isEqualTo(broken);
        }

        @Test
        void missedNamesFirstShortInstallment() {
            PlanStanding standing = evaluate("250.00", "2024-03-20", 0);

            assertThat(standing.missed()).map(missed -> missed.installment().number()).contains(1);
            assertThat(standing.missed())
                    .map(InstallmentStanding::outstanding)
                    .contains(try_("150.00"));
        }

        @Test
        void negativePaidRejected() {
            assertThatThrownBy(() -> evaluate("-0.01", "2024-02-01", 0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("paid")
                    .hasMessageContaining("-0.01");
        }
    }
}
