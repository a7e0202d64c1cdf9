package io.github.tahsilat.allocation;

/** What happens to money left after every designated item is settled. */
public enum ExcessHandling {
    /** The rest settles the counterparty's other open items, oldest first. */
    SPILL_TO_OLDEST,
    /** The rest stays as unapplied credit of the counterparty. */
    KEEP_AS_CREDIT
}
