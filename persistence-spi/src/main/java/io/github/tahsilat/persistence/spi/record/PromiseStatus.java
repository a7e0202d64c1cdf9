package io.github.tahsilat.persistence.spi.record;

/** The state of a promise to pay. */
public enum PromiseStatus {
    /** The date has not passed, or no run has judged the promise since it passed. */
    OPEN,
    /** The promised amount was paid by the date. */
    KEPT,
    /** The date passed without the promised amount; dunning resumes. */
    BROKEN
}
