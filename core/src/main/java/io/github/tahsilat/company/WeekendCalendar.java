package io.github.tahsilat.company;

import io.github.tahsilat.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar whose only non-business days are Saturdays and Sundays, the default of a company
 * without a holiday calendar.
 *
 * <p>TODO: replace with the weekend-only calendar of the calendar package once that exists.
 */
final class WeekendCalendar implements BusinessCalendar {

    static final WeekendCalendar INSTANCE = new WeekendCalendar();

    private WeekendCalendar() {}

    @Override
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = Objects.requireNonNull(date, "date").getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "WeekendCalendar[Saturday, Sunday]";
    }
}
