package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when a counterparty's personal data would be erased while a legal retention period still
 * applies to the books that name it.
 *
 * <p>The erasure request stays recorded and the data stays restricted; the caller erases again on
 * or after {@link #retentionEnds()}.
 */
public class RetentionPeriodActiveException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final UUID counterpartyId;
    private final LocalDate retentionEnds;
    private final LocalDate asOf;

    /**
     * Creates the exception.
     *
     * @param counterpartyId the counterparty whose data was to be erased
     * @param retentionEnds the first day on which erasure is allowed
     * @param asOf the day of the rejected erasure
     */
    public RetentionPeriodActiveException(
            UUID counterpartyId, LocalDate retentionEnds, LocalDate asOf) {
        super(
                "cannot erase counterparty "
                        + counterpartyId
                        + " on "
                        + asOf
                        + ": the retention period runs until "
                        + retentionEnds
                        + "; erase on or after that date");
        this.counterpartyId = Objects.requireNonNull(counterpartyId, "counterpartyId");
        this.retentionEnds = Objects.requireNonNull(retentionEnds, "retentionEnds");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
    }

    /** Returns the counterparty whose data was to be erased. */
    public UUID counterpartyId() {
        return counterpartyId;
    }

    /** Returns the first day on which erasure is allowed. */
    public LocalDate retentionEnds() {
        return retentionEnds;
    }

    /** Returns the day of the rejected erasure. */
    public LocalDate asOf() {
        return asOf;
    }
}
