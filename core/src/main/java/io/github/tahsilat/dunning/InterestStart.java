package io.github.tahsilat.dunning;

/** The day after which late interest starts to accrue. */
public enum InterestStart {
    /** From the day after the due date. */
    FROM_DUE_DATE,
    /** From the day after the first notice that was sent for the item. */
    FROM_NOTICE
}
