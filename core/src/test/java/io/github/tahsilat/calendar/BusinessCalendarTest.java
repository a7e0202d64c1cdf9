package io.github.tahsilat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.TahsilatException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The default methods, on calendars that implement only {@code isBusinessDay}. */
class BusinessCalendarTest {

    private static final BusinessCalendar SUNDAYS_OFF =
            date -> date.getDayOfWeek() != DayOfWeek.SUNDAY;
    private static final LocalDate SUNDAY = LocalDate.of(2024, 6, 9);

    @Nested
    class DayOf {

        @Test
        void nonBusinessDayIsUnnamedHoliday() {
            assertThat(SUNDAYS_OFF.dayOf(SUNDAY)).isEqualTo(CalendarDay.holiday(SUNDAY, null));
        }

        @Test
        void businessDayIsBusinessDay() {
            LocalDate monday = SUNDAY.plusDays(1);

            assertThat(SUNDAYS_OFF.dayOf(monday)).isEqualTo(CalendarDay.businessDay(monday));
        }
    }

    @Nested
    class Arithmetic {

        @ParameterizedTest
        @CsvSource({"2024-06-08, 2024-06-10", "2024-06-09, 2024-06-10", "2024-06-10, 2024-06-11"})
        void nextBusinessDayIsStrictlyAfter(LocalDate date, LocalDate expected) {
            assertThat(SUNDAYS_OFF.nextBusinessDay(date)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"2024-06-10, 2024-06-08", "2024-06-09, 2024-06-08", "2024-06-08, 2024-06-07"})
        void previousBusinessDayIsStrictlyBefore(LocalDate date, LocalDate expected) {
            assertThat(SUNDAYS_OFF.previousBusinessDay(date)).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource({
            "2024-06-09, 0, 2024-06-09",
            "2024-06-09, 1, 2024-06-10",
            "2024-06-09, -1, 2024-06-08",
            "2024-06-07, 2, 2024-06-10",
            "2024-06-10, -2, 2024-06-07",
            "2024-06-03, 12, 2024-06-17"
        })
        void addBusinessDaysSkipsSundays(LocalDate date, int days, LocalDate expected) {
            assertThat(SUNDAYS_OFF.addBusinessDays(date, days)).isEqualTo(expected);
        }
    }

    @Nested
    class NoBusinessDays {

        private final BusinessCalendar never = date -> false;

        @ParameterizedTest
        @EnumSource(
                value = RollConvention.class,
                names = {"FOLLOWING", "PRECEDING", "MODIFIED_FOLLOWING"})
        void rollGivesUpInsteadOfLooping(RollConvention convention) {
            assertThatThrownBy(() -> never.roll(SUNDAY, convention))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("no business day within 3660 days")
                    .hasMessageContaining("2024-06-09");
        }

        @Test
        void nextBusinessDayGivesUp() {
            assertThatThrownBy(() -> never.nextBusinessDay(SUNDAY))
                    .isInstanceOf(TahsilatException.class);
            assertThatThrownBy(() -> never.addBusinessDays(SUNDAY, -1))
                    .isInstanceOf(TahsilatException.class);
        }

        @Test
        void noneStillReturnsDate() {
            assertThat(never.roll(SUNDAY, RollConvention.NONE)).isEqualTo(SUNDAY);
        }
    }

    @Nested
    class EndsOfLocalDate {

        private final BusinessCalendar everyDay = date -> true;
        private final BusinessCalendar weekdays = HolidayCalendar.weekendsOnly();

        @Test
        void nextAfterMaxRejected() {
            assertThatThrownBy(() -> everyDay.nextBusinessDay(LocalDate.MAX))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("+999999999-12-31")
                    .hasMessageContaining("last date LocalDate supports");
        }

        @Test
        void previousBeforeMinRejected() {
            assertThatThrownBy(() -> everyDay.previousBusinessDay(LocalDate.MIN))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("-999999999-01-01")
                    .hasMessageContaining("first date LocalDate supports");
        }

        @Test
        void searchPastMaxRejected() {
            // LocalDate.MAX is a Friday, so the next business day would be in year 1000000000.
            LocalDate thursday = LocalDate.MAX.minusDays(1);

            assertThatThrownBy(() -> weekdays.addBusinessDays(thursday, 2))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("+999999999-12-31");
        }

        @Test
        void searchPastMinRejected() {
            BusinessCalendar fromTuesday = date -> !date.equals(LocalDate.MIN);

            assertThatThrownBy(() -> fromTuesday.roll(LocalDate.MIN, RollConvention.PRECEDING))
                    .isInstanceOf(TahsilatException.class)
                    .hasMessageContaining("-999999999-01-01");
        }

        @Test
        void rollOnMaxItselfWorks() {
            assertThat(weekdays.roll(LocalDate.MAX, RollConvention.FOLLOWING))
                    .isEqualTo(LocalDate.MAX);
        }
    }

    @Test
    void nullArgumentsRejected() {
        assertThatThrownBy(() -> SUNDAYS_OFF.roll(null, RollConvention.NONE))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SUNDAYS_OFF.roll(SUNDAY, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> SUNDAYS_OFF.addBusinessDays(null, 1))
                .isInstanceOf(NullPointerException.class);
    }
}
