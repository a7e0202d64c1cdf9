package io.github.tahsilat.calendar;

import io.github.tahsilat.error.TahsilatException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells business days from weekends and holidays, and moves dates to business days.
 *
 * <p>Implementations must be immutable and thread-safe. A calendar that cannot answer for a date,
 * such as a holiday table that does not cover its year, throws rather than guessing. {@link
 * HolidayCalendar} is the library's implementation; {@link TurkeyCalendar} loads the one for
 * Turkey.
 *
 * <p>Only {@link #isBusinessDay} is abstract, so a host can supply a calendar as a lambda. The
 * default methods search day by day and give up with a {@link TahsilatException} after 3,660
 * consecutive non-business days (ten years), so a calendar without business days fails instead of
 * looping forever. They also throw a {@link TahsilatException} rather than step past {@link
 * LocalDate#MIN} or {@link LocalDate#MAX}.
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
     * Classifies {@code date} as a business day, weekend day, holiday or half day, with the
     * holiday's name.
     *
     * <p>The default implementation uses only {@link #isBusinessDay}, so it returns a business day
     * or an unnamed {@link DayKind#HOLIDAY}. Calendars with holiday data, such as {@link
     * HolidayCalendar}, override it.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for the date's
     *     year
     */
    default CalendarDay dayOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isBusinessDay(date)
                ? CalendarDay.businessDay(date)
                : CalendarDay.holiday(date, null);
    }

    /**
     * Moves {@code date} to a business day by {@code convention}. A business day is returned
     * unchanged under every convention.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a year the
     *     roll passes through, or finds no business day within 3,660 days or before leaving the
     *     range of {@link LocalDate}
     */
    default LocalDate roll(LocalDate date, RollConvention convention) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(convention, "convention");
        return switch (convention) {
            case NONE -> date;
            case FOLLOWING -> following(date);
            case PRECEDING -> preceding(date);
            case MODIFIED_FOLLOWING -> followingInMonth(date).orElseGet(() -> preceding(date));
        };
    }

    /**
     * Returns the first business day strictly after {@code date}.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a year the
     *     search passes through, or finds no business day within 3,660 days or before leaving the
     *     range of {@link LocalDate}
     */
    default LocalDate nextBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return following(dayAfter(date, 1));
    }

    /**
     * Returns the last business day strictly before {@code date}.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a year the
     *     search passes through, or finds no business day within 3,660 days or before leaving the
     *     range of {@link LocalDate}
     */
    default LocalDate previousBusinessDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return preceding(dayAfter(date, -1));
    }

    /**
     * Moves {@code date} by {@code days} business days: forward when positive, back when negative.
     * Zero returns {@code date} unchanged, business day or not. The start date need not be a
     * business day; {@code addBusinessDays(saturday, 1)} is the next business day after it.
     *
     * @throws io.github.tahsilat.error.TahsilatException if the calendar has no data for a year the
     *     move passes through, or finds no business day within 3,660 days or before leaving the
     *     range of {@link LocalDate}
     */
    default LocalDate addBusinessDays(LocalDate date, int days) {
        Objects.requireNonNull(date, "date");
        LocalDate day = date;
        for (int moved = 0; moved < Math.abs((long) days); moved++) {
            day = days > 0 ? nextBusinessDay(day) : previousBusinessDay(day);
        }
        return day;
    }

    /**
     * Returns the first business day from {@code date} to its month's end. The search stops at the
     * month's end, so a calendar need not cover the next month, or year, to roll back from it.
     */
    private Optional<LocalDate> followingInMonth(LocalDate date) {
        LocalDate day = date;
        while (day.getMonth() == date.getMonth()) {
            if (isBusinessDay(day)) {
                return Optional.of(day);
            }
            if (day.equals(LocalDate.MAX)) {
                break;
            }
            day = day.plusDays(1);
        }
        return Optional.empty();
    }

    private LocalDate following(LocalDate date) {
        return search(date, 1);
    }

    private LocalDate preceding(LocalDate date) {
        return search(date, -1);
    }

    /** Returns the day {@code step} (1 or -1) days from {@code date}, within LocalDate's range. */
    private static LocalDate dayAfter(LocalDate date, int step) {
        if (step > 0 && date.equals(LocalDate.MAX)) {
            throw new TahsilatException(
                    "no business day after "
                            + date
                            + ", the last date LocalDate supports; use an earlier date");
        }
        if (step < 0 && date.equals(LocalDate.MIN)) {
            throw new TahsilatException(
                    "no business day before "
                            + date
                            + ", the first date LocalDate supports; use a later date");
        }
        return date.plusDays(step);
    }

    private LocalDate search(LocalDate start, int step) {
        LocalDate day = start;
        for (int checked = 0; checked < 3660; checked++) {
            if (isBusinessDay(day)) {
                return day;
            }
            day = dayAfter(day, step);
        }
        throw new TahsilatException(
                "no business day within 3660 days "
                        + (step > 0 ? "from " : "back from ")
                        + start
                        + "; the calendar has no business days, so check its weekend days and"
                        + " holidays");
    }
}
