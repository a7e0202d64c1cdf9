package io.github.tahsilat.service.dunning;

/** What a charge invoice bills. */
public enum ChargeKind {
    /** A dunning fee. */
    FEE,
    /** Late-payment interest (vade farkı). */
    LATE_INTEREST
}
