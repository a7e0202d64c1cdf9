package io.github.tahsilat.persistence.spi;

import java.io.Serial;
import java.util.Objects;
import java.util.UUID;

/**
 * Thrown when an insert reuses an idempotency key that is stored with different content.
 *
 * <p>An insert that repeats a stored key with the same content is not a conflict: the store returns
 * the stored record. Content means every component except the id, the version and the write stamp.
 */
public class IdempotencyConflictException extends StoreException {
    @Serial private static final long serialVersionUID = 1L;

    private final String recordType;
    private final String idempotencyKey;
    private final UUID storedId;

    /**
     * Creates the exception.
     *
     * @param recordType the simple name of the record type
     * @param idempotencyKey the reused key
     * @param storedId the id of the record already stored under the key
     */
    public IdempotencyConflictException(String recordType, String idempotencyKey, UUID storedId) {
        super(
                "idempotency key "
                        + idempotencyKey
                        + " of "
                        + recordType
                        + " is already stored for "
                        + storedId
                        + " with different content; send a new key for a new request");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.storedId = Objects.requireNonNull(storedId, "storedId");
    }

    /** Returns the simple name of the record type. */
    public String recordType() {
        return recordType;
    }

    /** Returns the reused idempotency key. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** Returns the id of the record stored under the key. */
    public UUID storedId() {
        return storedId;
    }
}
