package io.github.tahsilat.dunning;

/** How a policy counts the days an item is past due. */
public enum DayCounting {
    /** Calendar days from the stored due date, the default. */
    CALENDAR_DAYS,
    /** Business days after the due date, by the company's business calendar. */
    BUSINESS_DAYS
}
