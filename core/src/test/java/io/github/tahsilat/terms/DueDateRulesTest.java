package io.github.tahsilat.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DueDateRulesTest {

    private static LocalDate due(DueDateRule rule, String invoiceDate) {
        return rule.dueDate(LocalDate.parse(invoiceDate));
    }

    @Nested
    class Receipt {

        @Test
        void dueOnInvoiceDate() {
            assertThat(due(new DueOnReceipt(), "2024-02-29")).isEqualTo("2024-02-29");
        }
    }

    @Nested
    class Net {

        @ParameterizedTest
        @CsvSource({
            "2025-01-01, 0, 2025-01-01",
            "2025-01-01, 30, 2025-01-31",
            "2024-02-15, 14, 2024-02-29",
            "2023-02-15, 14, 2023-03-01",
            "2024-12-15, 30, 2025-01-14",
            "2024-12-31, 1, 2025-01-01",
        })
        void addsCalendarDays(String invoice, int days, String expected) {
            assertThat(due(new NetDays(days), invoice)).isEqualTo(expected);
        }

        @Test
        void negativeDaysRejected() {
            assertThatThrownBy(() -> new NetDays(-1))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("invalid days: -1; expected a number of days from 0 to 3660");
        }
    }

    @Nested
    class Fixed {

        @ParameterizedTest
        @CsvSource({"2025-01-10, 2025-03-31", "2025-04-10, 2025-03-31"})
        void ignoresInvoiceDate(String invoice, String fixed) {
            assertThat(due(new FixedDate(LocalDate.parse(fixed)), invoice)).isEqualTo(fixed);
        }

        @ParameterizedTest
        @CsvSource({"+10000-01-01", "-0001-12-31"})
        void yearBeyondFourDigitsRejected(String date) {
            // The notation writes FIXED YYYY-MM-DD, so toNotation could not print these dates.
            assertThatThrownBy(() -> new FixedDate(LocalDate.parse(date)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(date)
                    .hasMessageContaining("a date in the years 0000 to 9999");
        }
    }

    @Nested
    class EndOfMonthOrder {

        @Test
        void daysThenEndOfMonth() {
            assertThat(due(new DaysThenEndOfMonth(45), "2021-09-13")).isEqualTo("2021-10-31");
        }

        @Test
        void endOfMonthThenDays() {
            assertThat(due(new EndOfMonthThenDays(45), "2021-09-13")).isEqualTo("2021-11-14");
        }

        @Test
        void bothOrdersStayDistinct() {
            assertThat(new DaysThenEndOfMonth(45)).isNotEqualTo(new EndOfMonthThenDays(45));
            assertThat(new DaysThenEndOfMonth(45).toNotation()).isEqualTo("45+EOM");
            assertThat(new EndOfMonthThenDays(45).toNotation()).isEqualTo("EOM+45");
        }

        @ParameterizedTest
        @CsvSource({
            "2024-01-31, 0, 2024-01-31",
            "2024-01-31, 1, 2024-02-29",
            "2023-01-31, 29, 2023-03-31",
            "2024-12-20, 15, 2025-01-31",
            "2024-02-01, 28, 2024-02-29",
        })
        void daysThenEndOfMonthTable(String invoice, int days, String expected) {
            assertThat(due(new DaysThenEndOfMonth(days), invoice)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "2024-01-31, 0, 2024-01-31",
            "2024-01-15, 29, 2024-02-29",
            "2023-01-15, 29, 2023-03-01",
            "2024-12-05, 31, 2025-01-31",
            "2024-12-05, 1, 2025-01-01",
        })
        void endOfMonthThenDaysTable(String invoice, int days, String expected) {
            assertThat(due(new EndOfMonthThenDays(days), invoice)).isEqualTo(expected);
        }
    }

    @Nested
    class MonthsAfterMonthEnd {

        @ParameterizedTest
        @CsvSource({
            "2020-06-11, 1, 2020-07-31",
            "2025-02-10, 1, 2025-03-31",
            "2024-01-31, 1, 2024-02-29",
            "2023-12-05, 2, 2024-02-29",
            "2023-01-31, 1, 2023-02-28",
            "2024-11-30, 1, 2024-12-31",
            "2024-12-31, 1, 2025-01-31",
            "2024-02-29, 12, 2025-02-28",
        })
        void landsOnTargetMonthEnd(String invoice, int months, String expected) {
            assertThat(due(new MonthsAfterEndOfMonth(months), invoice)).isEqualTo(expected);
        }

        @Test
        void zeroMonthsRejected() {
            assertThatThrownBy(() -> new MonthsAfterEndOfMonth(0))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid months: 0");
        }
    }

    @Nested
    class DayOfFollowingMonth {

        @ParameterizedTest
        @CsvSource({
            "2024-01-05, 45, 10, 2024-03-10",
            "2021-09-13, 45, 10, 2021-11-10",
            "2024-01-05, 30, 31, 2024-03-31",
            "2024-01-05, 0, 31, 2024-02-29",
            "2023-01-05, 0, 30, 2023-02-28",
            "2024-12-10, 15, 15, 2025-01-15",
            "2024-12-10, 0, 1, 2025-01-01",
        })
        void clampsToMonthLength(String invoice, int days, int day, String expected) {
            DueDateRule rule = new DaysThenEndOfMonthThenDay(days, day);

            assertThat(due(rule, invoice)).isEqualTo(expected);
        }

        @Test
        void dayThirtyTwoRejected() {
            assertThatThrownBy(() -> new DaysThenEndOfMonthThenDay(45, 32))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid dayOfMonth: 32");
        }
    }

    @Nested
    class SingleSchedule {

        @Test
        void wholeAmountInOneInstallment() {
            DueSchedule schedule =
                    new NetDays(30)
                            .dueSchedule(
                                    LocalDate.parse("2025-01-01"),
                                    Money.of(100, "EUR"),
                                    TestCalendar.EVERY_DAY,
                                    RoundingMode.HALF_UP);

            assertThat(schedule.installments()).hasSize(1);
            assertThat(schedule.finalDueDate()).isEqualTo("2025-01-31");
            assertThat(schedule.total()).isEqualTo(Money.of(100, "EUR"));
            assertThat(schedule.installments().get(0).discounts()).isEmpty();
        }

        @Test
        void extraDecimalsRejected() {
            assertThatThrownBy(
                            () ->
                                    new NetDays(30)
                                            .dueSchedule(
                                                    LocalDate.parse("2025-01-01"),
                                                    Money.of(1.005, "EUR"),
                                                    TestCalendar.EVERY_DAY,
                                                    RoundingMode.HALF_UP))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("1.005 EUR");
        }

        @ParameterizedTest
        @CsvSource({"+10000-01-01", "+999999999-12-31", "-0001-12-31"})
        void invoiceDateBeyondFourDigitYearsRejected(String invoiceDate) {
            assertThatThrownBy(
                            () ->
                                    new NetDays(30)
                                            .dueSchedule(
                                                    LocalDate.parse(invoiceDate),
                                                    Money.of(1, "EUR"),
                                                    TestCalendar.EVERY_DAY,
                                                    RoundingMode.HALF_UP))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid invoiceDate: " + invoiceDate)
                    .hasMessageContaining("a date in the years 0000 to 9999");
        }

        @Test
        void lastFourDigitYearDayAccepted() {
            DueSchedule schedule =
                    new NetDays(3660)
                            .dueSchedule(
                                    LocalDate.parse("9999-12-31"),
                                    Money.of(1, "EUR"),
                                    TestCalendar.EVERY_DAY,
                                    RoundingMode.HALF_UP);

            assertThat(schedule.finalDueDate()).isEqualTo("+10010-01-07");
        }

        @Test
        void unnecessaryRoundingRejected() {
            assertThatThrownBy(
                            () ->
                                    new NetDays(30)
                                            .dueSchedule(
                                                    LocalDate.parse("2025-01-01"),
                                                    Money.of(1, "EUR"),
                                                    TestCalendar.EVERY_DAY,
                                                    RoundingMode.UNNECESSARY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("invalid rounding: UNNECESSARY");
        }
    }
}
