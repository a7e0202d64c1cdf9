package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when an update names a version that is no longer the stored one, because another writer
 * updated the record after the caller read it.
 *
 * <p>The caller reads the record again and repeats its work; {@link
 * Transactions#retryingOnStaleVersion} does that for a transaction the library opens itself.
 */
public class StaleVersionException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final String recordType;
    private final UUID id;
    private final long expectedVersion;
    private final long actualVersion;

    /**
     * Creates the exception.
     *
     * @param recordType the simple name of the record type, for example {@code "InvoiceRecord"}
     * @param id the record's id
     * @param expectedVersion the version the update named
     * @param actualVersion the version stored now
     */
    public StaleVersionException(
            String recordType, UUID id, long expectedVersion, long actualVersion) {
        super(
                "stale version of "
                        + recordType
                        + " "
                        + id
                        + ": the update names version "
                        + expectedVersion
                        + " but version "
                        + actualVersion
                        + " is stored; read the record again and repeat the change");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.id = Objects.requireNonNull(id, "id");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** Returns the simple name of the record type. */
    public String recordType() {
        return recordType;
    }

    /** Returns the id of the record. */
    public UUID id() {
        return id;
    }

    /** Returns the version that the rejected update named. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** Returns the version stored when the update was rejected. */
    public long actualVersion() {
        return actualVersion;
    }
}
