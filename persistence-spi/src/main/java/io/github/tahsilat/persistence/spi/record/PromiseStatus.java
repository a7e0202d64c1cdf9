package io.github.tahsilat.persistence.spi.record;

/** Where a promise to pay stands. */
public enum PromiseStatus {
    /** The date has not passed, or no run has judged the promise since it passed. */
    OPEN,
    /** The promised amount was paid by the date. */
    KEPT,
    /** The date passed without the promised amount; dunning resumes. */
    BROKEN
}
