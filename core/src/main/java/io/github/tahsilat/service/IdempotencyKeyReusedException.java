package io.github.tahsilat.service;

import io.github.tahsilat.error.TahsilatException;
import java.io.Serial;
import java.util.Objects;

/**
 * Thrown when a request repeats an idempotency key that an earlier request used with different
 * content. A request that repeats the key with the same content is not an error: it returns the
 * first request's result and writes nothing.
 */
public class IdempotencyKeyReusedException extends TahsilatException {
    @Serial private static final long serialVersionUID = 1L;

    private final String idempotencyKey;
    private final String storedId;

    /**
     * Creates the exception.
     *
     * @param idempotencyKey the reused key
     * @param storedId the id of the record the first request wrote, as text
     * @param cause the store's failure, or {@code null}
     */
    public IdempotencyKeyReusedException(String idempotencyKey, String storedId, Throwable cause) {
        super(
                "idempotency key "
                        + idempotencyKey
                        + " was already used for "
                        + storedId
                        + " with different content; send a new key for a new request",
                cause);
        this.idempotencyKey = Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        this.storedId = Objects.requireNonNull(storedId, "storedId");
    }

    /** Returns the reused key. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** Returns the id of the record the first request wrote. */
    public String storedId() {
        return storedId;
    }
}
