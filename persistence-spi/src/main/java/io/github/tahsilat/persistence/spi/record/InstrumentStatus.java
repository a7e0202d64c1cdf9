package io.github.tahsilat.persistence.spi.record;

/** The stage of an instrument's life; the domain documents each status. */
public enum InstrumentStatus {
    /** Held by the company. */
    IN_PORTFOLIO,
    /** At a bank for collection. */
    AT_BANK_FOR_COLLECTION,
    /** At a bank as collateral. */
    AT_BANK_AS_COLLATERAL,
    /** Endorsed to a supplier. */
    ENDORSED,
    /** Paid at maturity. */
    CLEARED,
    /** Not paid, or paid only in part. */
    BOUNCED;

    /** Returns {@code true} while the instrument is neither cleared nor bounced. */
    public boolean isUncleared() {
        return this != CLEARED && this != BOUNCED;
    }
}
