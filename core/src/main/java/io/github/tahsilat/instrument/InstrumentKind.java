package io.github.tahsilat.instrument;

/** The kind of negotiable instrument. */
public enum InstrumentKind {
    /** A cheque (çek), usually post-dated in Turkish trade. */
    CHEQUE,
    /** A promissory note (senet, bono). */
    PROMISSORY_NOTE
}
