package io.github.tahsilat.service.dunning;

/** The kind of charge that a charge invoice bills. */
public enum ChargeKind {
    /** A dunning fee. */
    FEE,
    /** Late-payment interest (vade farkı). */
    LATE_INTEREST
}
