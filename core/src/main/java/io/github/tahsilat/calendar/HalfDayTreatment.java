package io.github.tahsilat.calendar;

/** Whether a calendar counts its half days as business days when it checks and rolls dates. */
public enum HalfDayTreatment {
    /** A half day is a business day: a due date on it stays where it is. The default. */
    BUSINESS_DAY,
    /** A half day is a non-business day: a due date on it rolls like one on a holiday. */
    NON_BUSINESS_DAY
}
