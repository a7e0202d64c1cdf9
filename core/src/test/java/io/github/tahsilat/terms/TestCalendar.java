package io.github.tahsilat.terms;

import io.github.tahsilat.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** A small calendar for tests: Saturdays, Sundays and the given holidays are not business days. */
final class TestCalendar implements BusinessCalendar {

    /** Every day is a business day, for terms that do not roll. */
    static final BusinessCalendar EVERY_DAY = date -> true;

    private final Set<LocalDate> holidays;

    TestCalendar(LocalDate... holidays) {
        this.holidays = Set.of(holidays);
    }

    @Override
    public boolean isBusinessDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }
}
