package io.github.tahsilat.persistence.spi.record;

/** The state of the notice of one dunning record. */
public enum DunningStatus {
    /** A run claimed the item and level; no delivery result is recorded yet. */
    CLAIMED,
    /** A channel failed; a later run delivers the notice again with the same notice id. */
    FAILED,
    /** Every channel either delivered the notice or rejected it, and at least one delivered. */
    SENT,
    /** Every channel rejected the notice; no run retries it. */
    REJECTED;

    /** Returns whether a later run delivers the notice again. */
    public boolean isPending() {
        return this == CLAIMED || this == FAILED;
    }
}
