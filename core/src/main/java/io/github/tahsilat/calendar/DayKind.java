package io.github.tahsilat.calendar;

/**
 * The kind of a calendar day, as a {@link BusinessCalendar} classifies it.
 *
 * <p>When several apply to one date, the first in this order wins: {@link #HOLIDAY}, {@link
 * #WEEKEND}, {@link #HALF_DAY}, {@link #BUSINESS_DAY}. A holiday on a weekend is therefore a
 * holiday, and a half day on a weekend is a weekend day.
 */
public enum DayKind {
    /** A full working day. */
    BUSINESS_DAY,
    /** One of the calendar's weekend days of the week that is not a holiday. */
    WEEKEND,
    /** A full-day public holiday, whatever day of the week it falls on. */
    HOLIDAY,
    /**
     * A working day on which work stops early, at the day's closing time. It counts as a business
     * day unless the calendar treats half days as non-business days.
     */
    HALF_DAY
}
