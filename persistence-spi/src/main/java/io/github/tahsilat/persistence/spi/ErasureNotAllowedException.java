package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when an erasure request or an erasure does not apply to a counterparty: it is not a
 * natural person, no request was recorded, or its data is already erased.
 */
public class ErasureNotAllowedException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final UUID counterpartyId;

    /**
     * Creates the exception.
     *
     * @param counterpartyId the counterparty
     * @param reason why the erasure does not apply, phrased to follow "cannot erase counterparty
     *     X:"
     */
    public ErasureNotAllowedException(UUID counterpartyId, String reason) {
        super("cannot erase counterparty " + counterpartyId + ": " + reason);
        this.counterpartyId = Objects.requireNonNull(counterpartyId, "counterpartyId");
    }

    /** Returns the counterparty. */
    public UUID counterpartyId() {
        return counterpartyId;
    }
}
