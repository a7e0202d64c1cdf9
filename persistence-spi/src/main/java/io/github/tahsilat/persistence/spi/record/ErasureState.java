package io.github.tahsilat.persistence.spi.record;

/**
 * The stage a counterparty has reached in the erasure of its personal data under KVKK and the GDPR.
 */
public enum ErasureState {
    /** No erasure was requested. */
    NONE,
    /**
     * Erasure was requested but a legal retention period still applies, so the data is kept and
     * restricted: the library uses it only to meet legal duties, and sends no dunning.
     */
    REQUESTED,
    /** The personal data was replaced by a pseudonym. Amounts, dates and references remain. */
    ERASED
}
