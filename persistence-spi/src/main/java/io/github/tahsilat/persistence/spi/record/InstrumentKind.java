package io.github.tahsilat.persistence.spi.record;

/** The kind of negotiable instrument. */
public enum InstrumentKind {
    /** A cheque. */
    CHEQUE,
    /** A promissory note. */
    PROMISSORY_NOTE
}
