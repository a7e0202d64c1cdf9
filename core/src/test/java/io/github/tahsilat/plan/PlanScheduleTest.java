package io.github.tahsilat.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.HolidayCalendar;
import io.github.tahsilat.calendar.RollConvention;
import io.github.tahsilat.error.CurrencyMismatchException;
import io.github.tahsilat.error.InvalidInputException;
import io.github.tahsilat.interest.DayCount;
import io.github.tahsilat.terms.BusinessDayRoll;
import io.github.tahsilat.terms.DueOnReceipt;
import io.github.tahsilat.terms.MonthlyAnchor;
import io.github.tahsilat.terms.MonthlyInstallments;
import io.github.tahsilat.terms.NetDays;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanScheduleTest {

    private static final BusinessCalendar WEEKENDS = HolidayCalendar.weekendsOnly();
    private static final LocalDate PLAN_DATE = LocalDate.parse("2024-01-15");
    private static final MonthlyInstallments THREE_MONTHLY =
            new MonthlyInstallments(3, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH);

    private static MonetaryAmount try_(String amount) {
        return Money.of(new BigDecimal(amount), "TRY");
    }

    private static PlanSchedule compute(PlanTerms terms, String restructured) {
        return PlanSchedule.compute(
                terms, PLAN_DATE, try_(restructured), WEEKENDS, RoundingMode.HALF_UP);
    }

    @Nested
    class DownPayment {

        @ParameterizedTest
        @CsvSource({
            "0, 2024-01-15, 100.00",
            "1, 2024-02-14, 300.00",
            "2, 2024-03-14, 300.00",
            "3, 2024-04-14, 300.00",
        })
        void threeInstallmentsAfterDown(int index, LocalDate dueDate, String amount) {
            PlanSchedule schedule =
                    compute(PlanTerms.of(THREE_MONTHLY).withDownPayment(try_("100.00")), "1000.00");

            PlanInstallment installment = schedule.installments().get(index);

            assertThat(schedule.installments()).hasSize(4);
            assertThat(installment.number()).isEqualTo(index);
            assertThat(installment.dueDate()).isEqualTo(dueDate);
            assertThat(installment.amount()).isEqualTo(try_(amount));
        }

        @Test
        void totalsAddUpWithoutInterest() {
            PlanSchedule schedule =
                    compute(PlanTerms.of(THREE_MONTHLY).withDownPayment(try_("100.00")), "1000.00");

            assertThat(schedule.total()).isEqualTo(try_("1000.00"));
            assertThat(schedule.interest()).isEqualTo(try_("0.00"));
            assertThat(schedule.downPayment()).map(PlanInstallment::amount).contains(try_("100"));
        }

        @Test
        void unevenSplitGoesToLast() {
            PlanSchedule schedule = compute(PlanTerms.of(THREE_MONTHLY), "1000.00");

            assertThat(schedule.installments())
                    .extracting(PlanInstallment::amount)
                    .containsExactly(try_("333.33"), try_("333.33"), try_("333.34"));
            assertThat(schedule.downPayment()).isEmpty();
        }

        @Test
        void downPaymentOfWholeRejected() {
            PlanTerms terms = PlanTerms.of(THREE_MONTHLY).withDownPayment(try_("1000.00"));

            assertThatThrownBy(() -> compute(terms, "1000.00"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("downPayment")
                    .hasMessageContaining("less than");
        }

        @Test
        void downPaymentInOtherCurrencyRejected() {
            PlanTerms terms = PlanTerms.of(THREE_MONTHLY).withDownPayment(Money.of(100, "EUR"));

            assertThatThrownBy(() -> compute(terms, "1000.00"))
                    .isInstanceOf(CurrencyMismatchException.class);
        }

        @Test
        void zeroDownPaymentRejected() {
            assertThatThrownBy(() -> PlanTerms.of(THREE_MONTHLY).withDownPayment(try_("0")))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("downPayment");
        }
    }

    @Nested
    class Interest {

        @ParameterizedTest
        @CsvSource({
            // 300.00 × 24 % × 30/365 = 5.9178..., 59/365 = 11.638..., 90/365 = 17.753...
            "ACTUAL_365_FIXED, 305.92, 311.64, 317.75, 35.31",
            // 300.00 × 24 % × 30/360 = 6.00, 59/360 = 11.80, 90/360 = 18.00
            "ACTUAL_360, 306.00, 311.80, 318.00, 35.80",
            // 30E/360 counts 29, 59 and 89 days to the 14th of each month
            "THIRTY_E_360, 305.80, 311.80, 317.80, 35.40",
        })
        void eachInstallmentBearsItsOwnInterest(
                DayCount dayCount, String first, String second, String third, String interest) {
            PlanTerms terms =
                    PlanTerms.of(THREE_MONTHLY)
                            .withDownPayment(try_("100.00"))
                            .withInterest(new PlanInterest(new BigDecimal("24"), dayCount));

            PlanSchedule schedule = compute(terms, "1000.00");

            assertThat(schedule.installments())
                    .extracting(PlanInstallment::amount)
                    .containsExactly(try_("100.00"), try_(first), try_(second), try_(third));
            assertThat(schedule.interest()).isEqualTo(try_(interest));
            assertThat(schedule.total()).isEqualTo(try_("1000.00").add(try_(interest)));
        }

        @Test
        void negativeRateRejected() {
            assertThatThrownBy(() -> new PlanInterest(new BigDecimal("-1"), DayCount.ACTUAL_360))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("annualRatePercent")
                    .hasMessageContaining("-1");
        }
    }

    @Nested
    class Dates {

        @Test
        void rollMovesSundayToMonday() {
            PlanTerms terms =
                    PlanTerms.of(new BusinessDayRoll(THREE_MONTHLY, RollConvention.FOLLOWING));

            PlanSchedule schedule = compute(terms, "900.00");

            // 2024-04-14 is a Sunday.
            assertThat(schedule.installments())
                    .extracting(PlanInstallment::dueDate)
                    .containsExactly(
                            LocalDate.parse("2024-02-14"),
                            LocalDate.parse("2024-03-14"),
                            LocalDate.parse("2024-04-15"));
        }

        @Test
        void dueOnPlanDateAllowed() {
            PlanSchedule schedule = compute(PlanTerms.of(new DueOnReceipt()), "50.00");

            assertThat(schedule.installments())
                    .containsExactly(new PlanInstallment(1, PLAN_DATE, try_("50.00")));
        }

        @Test
        void tooManyInstallmentsRejected() {
            PlanTerms terms =
                    PlanTerms.of(
                            new MonthlyInstallments(
                                    3, new NetDays(30), MonthlyAnchor.DAY_OF_MONTH));

            assertThatThrownBy(() -> compute(terms, "0.02"))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("fewer installments");
        }
    }

    @Test
    void scheduleNotAddingUpRejected() {
        List<PlanInstallment> installments =
                List.of(new PlanInstallment(1, PLAN_DATE, try_("10.00")));

        assertThatThrownBy(() -> new PlanSchedule(try_("11.00"), try_("0.00"), installments))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("add up");
    }
}
