package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.calendar.BusinessCalendar;
import io.github.tahsilat.calendar.RollConvention;
import io.github.tahsilat.error.InvalidInputException;
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

class CutoffAndRollTest {

    /** Weekends, Christmas Day 2024 and 2025, and New Year's Day 2025. */
    private static final BusinessCalendar CALENDAR =
            new TestCalendar(
                    LocalDate.parse("2024-12-25"),
                    LocalDate.parse("2025-01-01"),
                    LocalDate.parse("2025-12-25"));

    private static DueSchedule schedule(PaymentTerms terms, String invoiceDate) {
        return terms.dueSchedule(
                LocalDate.parse(invoiceDate), Money.of(300, "EUR"), CALENDAR, RoundingMode.HALF_UP);
    }

    @Nested
    class Cutoff {

        @ParameterizedTest
        @CsvSource({
            "2024-10-31, 2024-12-31",
            "2024-10-25, 2024-11-30",
            "2024-10-26, 2024-12-31",
            "2024-12-28, 2025-02-28",
            "2023-12-28, 2024-02-29",
        })
        void movesLateInvoicesToNextMonthEnd(String invoice, String expected) {
            PaymentTerms terms = new NextMonthAfterCutoff(25, new EndOfMonthThenDays(30));

            assertThat(schedule(terms, invoice).finalDueDate()).isEqualTo(expected);
        }

        @Test
        void monthEndMovesToNextMonthEnd() {
            PaymentTerms terms =
                    new NextMonthAfterCutoff(25, new FixedDate(LocalDate.parse("2024-11-30")));

            assertThat(schedule(terms, "2024-11-26").finalDueDate()).isEqualTo("2024-12-31");
        }

        @Test
        void otherDayKeepsItsNumber() {
            PaymentTerms terms = new NextMonthAfterCutoff(20, new NetDays(30));

            assertThat(schedule(terms, "2024-12-31").finalDueDate()).isEqualTo("2025-02-28");
            assertThat(schedule(terms, "2024-12-20").finalDueDate()).isEqualTo("2025-01-19");
        }

        @Test
        void movesDiscountDaysToo() {
            PaymentTerms terms =
                    new NextMonthAfterCutoff(
                            25,
                            new DiscountedTerms(
                                    List.of(new DiscountTier(BigDecimal.ONE, 5)),
                                    new DaysThenEndOfMonth(0)));

            Installment installment = schedule(terms, "2024-10-26").installments().get(0);

            assertThat(installment.dueDate()).isEqualTo("2024-11-30");
            assertThat(installment.discounts().get(0).lastDay()).isEqualTo("2024-11-30");
        }

        @Test
        void dayThirtyOneRejected() {
            assertThatThrownBy(() -> new NextMonthAfterCutoff(31, new NetDays(30)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid cutoffDay: 31; expected a cutoff day from 1 to 30");
        }

        @Test
        void rollInsideRejected() {
            PaymentTerms rolled = new BusinessDayRoll(new NetDays(30), RollConvention.FOLLOWING);

            assertThatThrownBy(() -> new NextMonthAfterCutoff(25, rolled))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("NET 30 ROLL FOLLOWING");
        }
    }

    @Nested
    class Roll {

        @ParameterizedTest
        @CsvSource({
            "FOLLOWING, 2025-05-31, 2025-06-02",
            "PRECEDING, 2025-05-31, 2025-05-30",
            "MODIFIED_FOLLOWING, 2025-05-31, 2025-05-30",
            "MODIFIED_FOLLOWING, 2025-03-01, 2025-03-03",
            "FOLLOWING, 2024-12-25, 2024-12-26",
            "FOLLOWING, 2024-12-31, 2024-12-31",
            "FOLLOWING, 2024-12-28, 2024-12-30",
            "PRECEDING, 2025-01-01, 2024-12-31",
            "FOLLOWING, 2025-12-25, 2025-12-26",
        })
        void movesDueDateToBusinessDay(String convention, String due, String expected) {
            PaymentTerms terms =
                    new BusinessDayRoll(
                            new FixedDate(LocalDate.parse(due)),
                            RollConvention.valueOf(convention));

            assertThat(schedule(terms, "2024-12-01").finalDueDate()).isEqualTo(expected);
        }

        @Test
        void appliesAfterCutoff() {
            PaymentTerms terms =
                    new BusinessDayRoll(
                            new NextMonthAfterCutoff(20, new EndOfMonthThenDays(0)),
                            RollConvention.FOLLOWING);

            // 2025-11-30 is a Sunday and 2025-12-31 a Wednesday, so rolling before the cutoff
            // would give 2026-01-01 for the late invoice.
            assertThat(schedule(terms, "2025-11-25").finalDueDate()).isEqualTo("2025-12-31");
            assertThat(schedule(terms, "2025-11-05").finalDueDate()).isEqualTo("2025-12-01");
        }

        @Test
        void rollsEveryInstallment() {
            PaymentTerms terms =
                    new BusinessDayRoll(
                            new MonthlyInstallments(
                                    3,
                                    new FixedDate(LocalDate.parse("2024-11-30")),
                                    MonthlyAnchor.END_OF_MONTH),
                            RollConvention.FOLLOWING);

            DueSchedule schedule = schedule(terms, "2024-11-01");

            assertThat(schedule.installments())
                    .extracting(Installment::dueDate)
                    .containsExactly(
                            LocalDate.parse("2024-12-02"),
                            LocalDate.parse("2024-12-31"),
                            LocalDate.parse("2025-01-31"));
        }

        @Test
        void rollsDiscountLastDay() {
            PaymentTerms terms =
                    new BusinessDayRoll(
                            new DiscountedTerms(
                                    List.of(new DiscountTier(BigDecimal.valueOf(2), 10)),
                                    new NetDays(30)),
                            RollConvention.FOLLOWING);

            Installment installment = schedule(terms, "2025-05-21").installments().get(0);

            assertThat(installment.discounts().get(0).lastDay()).isEqualTo("2025-06-02");
            assertThat(installment.dueDate()).isEqualTo("2025-06-20");
        }

        @Test
        void noneRejected() {
            assertThatThrownBy(() -> new BusinessDayRoll(new NetDays(30), RollConvention.NONE))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid convention: NONE");
        }
    }
}
