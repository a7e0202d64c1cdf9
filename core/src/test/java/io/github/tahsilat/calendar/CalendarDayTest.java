package io.github.tahsilat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tahsilat.error.InvalidInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class CalendarDayTest {

    private static final LocalDate DATE = LocalDate.of(2024, 4, 9);

    @Test
    void businessDayHasNoName() {
        CalendarDay day = CalendarDay.businessDay(DATE);

        assertThat(day.kind()).isEqualTo(DayKind.BUSINESS_DAY);
        assertThat(day.isBusinessDay()).isTrue();
        assertThat(day.holidayName()).isEmpty();
        assertThat(day.closingTime()).isEmpty();
    }

    @Test
    void halfDayRequiresNameAndTime() {
        assertThatThrownBy(() -> CalendarDay.halfDay(DATE, null, LocalTime.NOON, true))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CalendarDay.halfDay(DATE, "Eve", null, true))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void blankNameRejected() {
        assertThatThrownBy(() -> CalendarDay.holiday(DATE, ""))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void equalDaysAreEqual() {
        CalendarDay first = CalendarDay.halfDay(DATE, "Eve", LocalTime.NOON, false);
        CalendarDay second = CalendarDay.halfDay(DATE, "Eve", LocalTime.NOON, false);

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(CalendarDay.halfDay(DATE, "Eve", LocalTime.NOON, true));
        assertThat(first).hasToString("2024-04-09 HALF_DAY Eve closing 12:00");
    }
}
