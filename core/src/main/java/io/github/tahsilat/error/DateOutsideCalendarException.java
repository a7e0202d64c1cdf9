package io.github.tahsilat.error;

import java.io.Serial;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Thrown when a business calendar is asked about a date in a year that its holiday table does not
 * cover.
 *
 * <p>A calendar without data for a year cannot tell a holiday from a working day, so it throws
 * rather than report a working day that may be wrong. The message names the date, the calendar and
 * the years it covers. To proceed, use a date inside those years or give the host a calendar whose
 * table covers the year.
 */
public class DateOutsideCalendarException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final int firstYear;
    private final int lastYear;

    /**
     * Creates an exception for one date outside a calendar's table.
     *
     * @param calendarName the name of the calendar, for example {@code "Turkey"}
     * @param date the date that was requested
     * @param firstYear the first year the calendar covers
     * @param lastYear the last year the calendar covers, inclusive
     */
    public DateOutsideCalendarException(
            String calendarName, LocalDate date, int firstYear, int lastYear) {
        super(
                "no "
                        + calendarName
                        + " calendar data for "
                        + date
                        + ": the calendar covers the years "
                        + firstYear
                        + " to "
                        + lastYear
                        + "; use a date in those years or a calendar whose holiday table covers "
                        + date.getYear());
        this.date = Objects.requireNonNull(date, "date");
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /** Returns the date that was requested. */
    public LocalDate date() {
        return date;
    }

    /** Returns the first year the calendar covers. */
    public int firstYear() {
        return firstYear;
    }

    /** Returns the last year the calendar covers, inclusive. */
    public int lastYear() {
        return lastYear;
    }
}
