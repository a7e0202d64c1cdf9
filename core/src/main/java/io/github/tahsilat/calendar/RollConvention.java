package io.github.tahsilat.calendar;

/**
 * How a date that falls on a non-business day moves to a business day.
 *
 * <p>The names follow the ISDA business day conventions used in finance.
 */
public enum RollConvention {
    /** The date stays where it is, business day or not. */
    NONE,
    /** The date moves forward to the next business day. */
    FOLLOWING,
    /**
     * The date moves forward to the next business day, unless that is in the next calendar month;
     * then it moves back to the previous business day.
     */
    MODIFIED_FOLLOWING,
    /** The date moves back to the previous business day. */
    PRECEDING
}
