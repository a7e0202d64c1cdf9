package io.github.tahsilat.fx;

/** Whether an exchange difference is final or only measured at a reporting date. */
public enum ExchangeDifferenceKind {
    /** Booked when a payment settles part of the item. */
    REALIZED,
    /** Booked when the open part is revalued at a reporting date. */
    UNREALIZED
}
