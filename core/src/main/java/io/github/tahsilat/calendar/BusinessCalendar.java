package io.github.tahsilat.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Tells business days from weekends and holidays, and moves dates to business days.
 *
 * <p>Implementations must be immutable and thread-safe. A calendar that cannot answer for a date,
 * such as a holiday table that does not cover its year, throws rather than guessing.
 */
public interface BusinessCalendar {

    /**
     * Returns whether {@code date} is a business day. A half day counts as a business day unless
     * the calendar is configured otherwise.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for the date's
     *     year
     */
    boolean isBusinessDay(LocalDate date);

    /**
     * Moves {@code date} to a business day by {@code convention}. A business day is returned
     * unchanged under every convention.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a year the
     *     roll passes through
     */
    default LocalDate roll(LocalDate date, RollConvention convention) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(convention, "convention");
        return switch (convention) {
            case NONE -> date;
            case FOLLOWING -> following(date);
            case PRECEDING -> preceding(date);
            case MODIFIED_FOLLOWING -> {
                LocalDate next = following(date);
                yield next.getMonth() == date.getMonth() ? next : preceding(date);
            }
        };
    }

    private LocalDate following(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private LocalDate preceding(LocalDate date) {
        LocalDate day = date;
        while (!isBusinessDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
