package io.github.tahsilat.persistence.spi.record;

/** The decision recorded for a bank entry: booked, reversed or ignored. */
public enum BankEntryDecision {
    /** The entry was booked as the payment it names. */
    BOOKED,
    /** The entry reversed the payment it names, such as a returned transfer. */
    REVERSED,
    /** A person decided that the entry books nothing, such as a transfer between own accounts. */
    IGNORED
}
